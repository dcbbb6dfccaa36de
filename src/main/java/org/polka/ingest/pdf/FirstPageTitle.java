package org.polka.ingest.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polka.ingest.header.HeaderLine;

/**
 * A best-effort title from a PDF's first page: the first run of lines set in the largest font among
 * the page's opening lines, when that font is clearly larger than the body text.
 */
final class FirstPageTitle {
  private static final int LINES_LOOKED_AT = 40;
  private static final float LARGER_THAN_BODY = 1.15f;
  private static final float SAME_SIZE = 0.6f;
  private static final int MAX_TITLE_LENGTH = 300;

  private FirstPageTitle() {}

  /** The title found among the first page's lines, or null. */
  static String of(List<HeaderLine> lines) {
    List<HeaderLine> page = lines.stream()
        .filter(l -> l.page() == lines.getFirst().page() && l.fontSize() > 0
            && l.text().codePoints().filter(Character::isLetter).count() >= 2)
        .toList();
    List<HeaderLine> head = page.subList(0, Math.min(page.size(), LINES_LOOKED_AT));
    if (head.isEmpty()) {
      return null;
    }
    double largest = head.stream().mapToDouble(HeaderLine::fontSize).max().orElse(0);
    if (largest < bodySize(page) * LARGER_THAN_BODY) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    for (HeaderLine line : head) {
      if (Math.abs(line.fontSize() - largest) <= SAME_SIZE) {
        title.append(title.isEmpty() ? "" : " ").append(line.text());
      } else if (!title.isEmpty()) {
        break;
      }
    }
    String t = title.toString().strip();
    return t.isEmpty() || t.length() > MAX_TITLE_LENGTH ? null : t;
  }

  /** The most common line font size on the page, weighted by text length. */
  private static double bodySize(List<HeaderLine> lines) {
    Map<Double, Integer> weight = new HashMap<>();
    lines.forEach(l -> weight.merge(l.fontSize(), l.text().length(), Integer::sum));
    return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(0d);
  }
}
