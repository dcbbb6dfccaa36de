package org.polka.ingest.pdf.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes test PDFs with text placed where a journal would put it: lines at given positions, fonts
 * and sizes, on A4 pages (y measured from the top), in the order the test adds them.
 */
final class LayoutPdf {
  static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  static final float HEIGHT = PDRectangle.A4.getHeight();

  private record Text(int page, float x, float y, float size, PDType1Font font, String text) {}

  private final List<Text> texts = new ArrayList<>();
  private int pages = 1;

  /** Adds a line of text with its left edge at x and its baseline y points below the page top. */
  LayoutPdf text(int page, float x, float y, float size, PDType1Font font, String text) {
    texts.add(new Text(page, x, y, size, font, text));
    pages = Math.max(pages, page);
    return this;
  }

  LayoutPdf line(int page, float x, float y, String text) {
    return text(page, x, y, 10, ROMAN, text);
  }

  /** A line whose letters stand apart by a third of an em, words by an em ("C o n c l u s i o n s"). */
  LayoutPdf spaced(int page, float x, float y, float size, String text) throws IOException {
    float at = x;
    for (char c : text.toCharArray()) {
      if (c == ' ') {
        at += size;
        continue;
      }
      text(page, at, y, size, BOLD, String.valueOf(c));
      at += BOLD.getStringWidth(String.valueOf(c)) / 1000 * size + size / 3;
    }
    return this;
  }

  /** The width of a text in points. */
  static float width(String text, float size) throws IOException {
    return ROMAN.getStringWidth(text) / 1000 * size;
  }

  void save(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          for (Text t : texts) {
            if (t.page() == p) {
              s.beginText();
              s.setFont(t.font(), t.size());
              s.newLineAtOffset(t.x(), HEIGHT - t.y());
              s.showText(t.text());
              s.endText();
            }
          }
        }
      }
      doc.save(file.toFile());
    }
  }
}
