package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The division of a whole journal issue into its articles. An article starts on a page whose upper
 * half holds a title: a line at least 1.4 times the body type, not numbered like a section heading
 * ("2. Globalization"), within 10 % of the size most titles in the issue have. Pages before the
 * first title (cover, contents) belong to no article.
 *
 * <p>Unasked, a document is split only on strong evidence, since a wrong split loses an article's
 * head and bibliography: at least six pages, two pages per article on average, and a bibliography
 * heading standing alone on its line inside every part. A single article whose section headings
 * are set large has many "titles" but only one bibliography (its table of contents names the
 * bibliography too, but with a page number on the same line).
 */
final class IssueSplitter {
  private static final float TITLE_FACTOR = 1.4f;
  private static final int MIN_PAGES_DETECTED = 6;
  private static final Pattern NUMBERED = Pattern.compile(
      "^(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.|[A-H]\\.)\\s+\\p{L}.*");

  private IssueSplitter() {}

  /** The pages grouped by article; one group when the document is not (plainly) an issue. */
  static List<List<Page>> split(List<Page> pages, boolean force) {
    float body = bodySize(pages);
    TreeMap<Integer, Float> titles = new TreeMap<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      Line above = null;
      for (Line l : p.lines()) {
        if (l.kind == Kind.BODY && isTitle(l, p, body) && !continues(l, above)) {
          titles.merge(i, l.size, Math::max);
        }
        above = l;
      }
    }
    if (titles.isEmpty()) {
      return List.of(pages);
    }
    List<Float> sizes = new ArrayList<>(titles.values());
    sizes.sort(null);
    float usual = sizes.get(sizes.size() / 2);
    List<Integer> starts = titles.entrySet().stream()
        .filter(e -> Math.abs(e.getValue() - usual) <= 0.1f * usual).map(Map.Entry::getKey).toList();
    if (starts.size() < (force ? 1 : 2)) {
      return List.of(pages);
    }
    List<List<Page>> parts = new ArrayList<>();
    for (int s = 0; s < starts.size(); s++) {
      int end = s + 1 < starts.size() ? starts.get(s + 1) : pages.size();
      parts.add(pages.subList(starts.get(s), end));
    }
    return force || plainlyAnIssue(pages.size(), parts) ? parts : List.of(pages);
  }

  /** Whether the parts are articles beyond doubt: enough pages, and each with its bibliography. */
  static boolean plainlyAnIssue(int pageCount, List<List<Page>> parts) {
    if (pageCount < MIN_PAGES_DETECTED || pageCount < 2 * parts.size()) {
      return false;
    }
    return parts.stream().allMatch(IssueSplitter::hasBibliography);
  }

  /** Whether the line is the second line of a heading in the same type right above it. */
  private static boolean continues(Line l, Line above) {
    return above != null && above.size == l.size && l.top - above.baseline < l.size;
  }

  private static boolean isTitle(Line l, Page p, float body) {
    return l.size >= TITLE_FACTOR * body && l.baseline < p.height() / 2 && l.text.length() >= 10
        && l.text.chars().filter(Character::isLetter).count() >= 6
        && !NUMBERED.matcher(l.text.strip()).matches();
  }

  private static boolean hasBibliography(List<Page> part) {
    return part.stream().anyMatch(p -> p.lines().stream().anyMatch(l -> l.kind == Kind.BODY
        && Headings.isBibliography(l.text) && alone(l, p)));
  }

  /** Whether no other line of the page is printed on the same baseline (a contents entry is not). */
  private static boolean alone(Line l, Page p) {
    return p.lines().stream().noneMatch(o -> o != l && Math.abs(o.baseline - l.baseline) < 1f);
  }

  private static float bodySize(List<Page> pages) {
    Map<Float, Integer> sizes = new HashMap<>();
    pages.forEach(p -> p.lines().forEach(l -> sizes.merge(l.size, l.text.length(), Integer::sum)));
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(10f);
  }
}
