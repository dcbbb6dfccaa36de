package org.polka.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A best-effort title from a PDF's first page: the first run of lines set in the largest font among
 * the page's opening lines, when that font is clearly larger than the body text.
 */
final class FirstPageTitle extends PDFTextStripper {
  private static final int LINES_LOOKED_AT = 40;
  private static final float LARGER_THAN_BODY = 1.15f;
  private static final float SAME_SIZE = 0.6f;
  private static final int MAX_TITLE_LENGTH = 300;

  /** One line of the page and the largest font size in it, in points. */
  private record Line(String text, float size) {}

  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private float currentSize;

  private FirstPageTitle() throws IOException {
    setSortByPosition(true);
    setStartPage(1);
    setEndPage(1);
  }

  /** The title found on the document's first page, or null. */
  static String of(PDDocument document) throws IOException {
    FirstPageTitle finder = new FirstPageTitle();
    finder.getText(document);
    finder.endLine();
    return finder.title();
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (!current.isEmpty()) {
      current.append(' ');
    }
    current.append(text);
    for (TextPosition p : positions) {
      if (!p.getUnicode().isBlank()) {
        currentSize = Math.max(currentSize, Math.round(p.getFontSizeInPt() * 10) / 10f);
      }
    }
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  private void endLine() {
    String text = current.toString().strip();
    if (text.codePoints().filter(Character::isLetter).count() >= 2 && currentSize > 0) {
      lines.add(new Line(text, currentSize));
    }
    current.setLength(0);
    currentSize = 0;
  }

  private String title() {
    List<Line> head = lines.subList(0, Math.min(lines.size(), LINES_LOOKED_AT));
    if (head.isEmpty()) {
      return null;
    }
    float largest = (float) head.stream().mapToDouble(Line::size).max().orElse(0);
    if (largest < bodySize() * LARGER_THAN_BODY) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    for (Line line : head) {
      boolean big = Math.abs(line.size() - largest) <= SAME_SIZE;
      if (big) {
        title.append(title.isEmpty() ? "" : " ").append(line.text());
      } else if (!title.isEmpty()) {
        break;
      }
    }
    String t = title.toString().strip();
    return t.isEmpty() || t.length() > MAX_TITLE_LENGTH ? null : t;
  }

  /** The most common line font size on the page, weighted by text length. */
  private float bodySize() {
    Map<Float, Integer> weight = new HashMap<>();
    lines.forEach(l -> weight.merge(l.size(), l.text().length(), Integer::sum));
    return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(0f);
  }
}
