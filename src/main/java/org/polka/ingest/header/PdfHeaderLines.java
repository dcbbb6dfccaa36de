package org.polka.ingest.header;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A small builder of header lines from a PDF's first pages with PDFBox's text stripper: each
 * printed line with its dominant glyph size, bold and italic from the font's name or weight, and
 * the gap above it. Raised or smaller glyphs (superscript markers) are set apart by a space, so
 * "Smith¹" reads "Smith 1".
 */
public final class PdfHeaderLines extends PDFTextStripper {
  private static final float SUPERSCRIPT_SIZE = 0.8f;

  private final List<HeaderLine> lines = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final Map<Long, Integer> sizes = new HashMap<>();
  private int boldChars;
  private int italicChars;
  private int chars;
  private float lineY = Float.NaN;
  private float previousY = Float.NaN;
  private float previousSize;
  private int page;

  private PdfHeaderLines(int pages) throws IOException {
    setSortByPosition(false);
    setStartPage(1);
    setEndPage(pages);
  }

  /** The lines of the document's first {@code pages} pages in the stripper's reading order. */
  public static List<HeaderLine> read(PDDocument document, int pages) throws IOException {
    PdfHeaderLines reader = new PdfHeaderLines(pages);
    reader.getText(document);
    reader.endLine();
    return List.copyOf(reader.lines);
  }

  @Override
  protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
    endLine();
    page = getCurrentPageNo();
    previousY = Float.NaN;
    super.startPage(p);
  }

  @Override
  protected void writeString(String word, List<TextPosition> positions) {
    if (!text.isEmpty()) {
      text.append(' ');
    }
    float size = dominantSize(positions);
    boolean raised = false;
    int w = 0;
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null || u.isEmpty()) {
        continue;
      }
      while (w < word.length() && word.charAt(w) == ' ' && !u.startsWith(" ")) {
        text.append(' ');
        w++;
      }
      w += u.length();
      if (u.isBlank()) {
        text.append(' ');
        continue;
      }
      boolean small = size > 0 && p.getFontSizeInPt() < size * SUPERSCRIPT_SIZE;
      if (small != raised && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
        text.append(' ');
      }
      raised = small;
      text.append(u);
      if (!small) {
        count(p);
      }
      if (Float.isNaN(lineY)) {
        lineY = p.getYDirAdj();
      }
    }
  }

  private void count(TextPosition p) {
    chars++;
    sizes.merge(Math.round(p.getFontSizeInPt() * 10.0), 1, Integer::sum);
    PDFont font = p.getFont();
    String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
    boolean bold = name.matches(".*(bold|black|heavy|demi|medi|cmbx|cmb\\d|[-,]b$|bd$).*")
        || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    boolean italic = name.contains("italic") || name.contains("oblique") || name.matches(".*-i$")
        || d != null && d.isItalic();
    boldChars += bold ? 1 : 0;
    italicChars += italic ? 1 : 0;
  }

  private static float dominantSize(List<TextPosition> positions) {
    Map<Float, Integer> n = new HashMap<>();
    positions.forEach(p -> n.merge(p.getFontSizeInPt(), 1, Integer::sum));
    return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  private void endLine() {
    String t = text.toString().replaceAll("\\s+", " ").strip();
    if (!t.isEmpty() && chars > 0) {
      double size = sizes.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(e -> e.getKey() / 10.0).orElse(0.0);
      double gap = Float.isNaN(previousY) || Float.isNaN(lineY) ? 0
          : Math.max(0, lineY - previousY - previousSize);
      lines.add(new HeaderLine(t, size, boldChars * 2 > chars, italicChars * 2 > chars, page, gap));
      previousY = lineY;
      previousSize = (float) size;
    }
    text.setLength(0);
    sizes.clear();
    boldChars = 0;
    italicChars = 0;
    chars = 0;
    lineY = Float.NaN;
  }
}
