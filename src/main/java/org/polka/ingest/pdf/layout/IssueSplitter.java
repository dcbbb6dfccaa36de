package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The division of a whole journal issue into its articles. An article starts on a page whose upper
 * half holds a title: a line at least 1.4 times the body type and within 10 % of the size most
 * titles in the issue have. Pages before the first title (cover, contents) belong to no article.
 */
final class IssueSplitter {
  private static final float TITLE_FACTOR = 1.4f;
  private static final int MIN_PAGES_DETECTED = 6;

  private IssueSplitter() {}

  /** The pages grouped by article; one group when the document is not (plainly) an issue. */
  static List<List<Page>> split(List<Page> pages, boolean force) {
    float body = bodySize(pages);
    TreeMap<Integer, Float> titles = new TreeMap<>();
    int bibliographies = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      for (Line l : p.lines()) {
        if (l.kind != Kind.BODY) {
          continue;
        }
        if (l.size >= TITLE_FACTOR * body && l.baseline < p.height() / 2 && l.text.length() >= 10
            && l.text.chars().filter(Character::isLetter).count() >= 6) {
          titles.merge(i, l.size, Math::max);
        }
        if (Headings.isBibliography(l.text)) {
          bibliographies++;
        }
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
    boolean issue = force || (pages.size() >= MIN_PAGES_DETECTED && starts.size() >= 2
        && bibliographies >= 2 && pages.size() >= 2 * starts.size());
    if (!issue || starts.size() < (force ? 1 : 2)) {
      return List.of(pages);
    }
    List<List<Page>> parts = new ArrayList<>();
    for (int s = 0; s < starts.size(); s++) {
      int end = s + 1 < starts.size() ? starts.get(s + 1) : pages.size();
      parts.add(pages.subList(starts.get(s), end));
    }
    return parts;
  }

  private static float bodySize(List<Page> pages) {
    Map<Float, Integer> sizes = new HashMap<>();
    pages.forEach(p -> p.lines().forEach(l -> sizes.merge(l.size, l.text.length(), Integer::sum)));
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(10f);
  }
}
