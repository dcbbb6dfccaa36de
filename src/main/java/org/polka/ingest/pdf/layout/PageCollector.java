package org.polka.ingest.pdf.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that, page by page, turns the page's glyph positions into printed lines
 * and forgets the glyphs, so that memory grows with the text and not with the page count's glyphs.
 * Glyphs not set horizontally (margin stamps turned 90 degrees) are left out.
 */
final class PageCollector extends PDFTextStripper {
  private final List<Page> pages = new ArrayList<>();
  private final Map<PDFont, int[]> faces = new IdentityHashMap<>();

  PageCollector() {
    setSortByPosition(false);
    setShouldSeparateByBeads(false);
  }

  /** Every page's lines, pages in order. */
  static List<Page> collect(PDDocument document) throws IOException {
    PageCollector collector = new PageCollector();
    collector.writeText(document, Writer.nullWriter());
    return collector.pages;
  }

  @Override
  protected void writePage() throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    for (List<TextPosition> article : getCharactersByArticle()) {
      for (TextPosition t : article) {
        if (t.getDir() == 0f) {
          glyphs.add(glyph(t));
        }
      }
    }
    PDRectangle box = getCurrentPage().getCropBox();
    pages.add(new Page(getCurrentPageNo(), box.getWidth(), box.getHeight(),
        ReadingOrder.rejoin(LineBuilder.build(glyphs, getCurrentPageNo()))));
  }

  @Override
  protected void writeString(String text, List<TextPosition> textPositions) {
    // the page's lines are built in writePage; nothing is written as text
  }

  private Glyph glyph(TextPosition t) {
    float size = Math.abs(t.getYScale());
    if (size < 1f) {
      size = t.getFontSizeInPt();
    }
    if (size < 1f) {
      size = Math.max(1f, t.getHeightDir() / 0.7f);
    }
    int[] face = faces.computeIfAbsent(t.getFont(), PageCollector::face);
    float x0 = t.getXDirAdj();
    return new Glyph(x0, x0 + Math.max(t.getWidthDirAdj(), 0.01f), t.getYDirAdj(), size,
        t.getUnicode() == null ? "" : t.getUnicode(), face[0] == 1, face[1] == 1);
  }

  /** {bold, italic} as 1 or 0, from the font's name and descriptor. */
  private static int[] face(PDFont font) {
    if (font == null) {
      return new int[] {0, 0};
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor d = font.getFontDescriptor();
    boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
        || name.contains("semibold") || name.contains("demi") || name.matches(".*[,-]b[a-z]?$")
        || name.matches(".*cmbx.*") || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
    boolean italic = name.contains("italic") || name.contains("oblique") || name.matches(".*[,-]i[a-z]?$")
        || name.matches(".*cmti.*") || name.matches(".*-it$")
        || (d != null && (d.isItalic() || d.getItalicAngle() != 0));
    return new int[] {bold ? 1 : 0, italic ? 1 : 0};
  }
}
