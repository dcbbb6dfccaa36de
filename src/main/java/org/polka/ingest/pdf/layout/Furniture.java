package org.polka.ingest.pdf.layout;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The finder of page furniture: page numbers and running headers or footers. A candidate is one of
 * the two topmost or bottommost rows of a page, within the outer sixth of the page; it is
 * furniture when it is a page number ("12", "- 12 -", "Page 3 of 9", "xii"), or when it lies in the
 * outer tenth and its text with digits masked repeats on another page at the same edge.
 */
final class Furniture {
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)[-–—\\s]*(?:(?:page|seite|стр\\.?|с\\.)\\s*)?(?:\\d{1,4}|[ivxlc]{1,6})(?:\\s*(?:of|/|von|из)\\s*\\d{1,4})?[-–—\\s]*");
  private static final int EDGE_LINES = 2;
  private static final float EDGE_SHARE = 1f / 6f;
  private static final float HEAD_SHARE = 0.1f;

  private Furniture() {}

  /** Marks the running heads and page numbers on every page. */
  static void mark(List<Page> pages) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (Page p : pages) {
      for (Line l : candidates(p)) {
        seen.computeIfAbsent(key(l, p), k -> new HashSet<>()).add(p.number());
      }
    }
    for (Page p : pages) {
      for (Line l : candidates(p)) {
        if (PAGE_NUMBER.matcher(l.text).matches()) {
          l.kind = Kind.PAGE_NUMBER;
        } else if (seen.get(key(l, p)).size() >= 2 && l.text.length() <= 160 && nearEdge(l, p)
            && l.text.codePoints().filter(Character::isLetter).count() >= 3) {
          l.kind = Kind.RUNNING_HEAD;
        }
      }
    }
  }

  private static List<Line> candidates(Page p) {
    List<Line> byTop = p.lines().stream().sorted(Comparator.comparingDouble(l -> l.baseline)).toList();
    if (byTop.isEmpty()) {
      return List.of();
    }
    float headLimit = rowLimit(byTop, false);
    float footLimit = rowLimit(byTop.reversed(), true);
    float topEdge = p.height() * EDGE_SHARE;
    float bottomEdge = p.height() * (1 - EDGE_SHARE);
    return byTop.stream().filter(l -> (l.baseline <= headLimit && l.baseline <= topEdge)
        || (l.baseline >= footLimit && l.top >= bottomEdge)).toList();
  }

  /** The baseline that closes the first {@link #EDGE_LINES} rows of lines from one edge. */
  private static float rowLimit(List<Line> fromEdge, boolean upwards) {
    float limit = fromEdge.getFirst().baseline;
    int rows = 1;
    for (Line l : fromEdge) {
      if (Math.abs(l.baseline - limit) > 2f) {
        if (rows == EDGE_LINES) {
          break;
        }
        rows++;
        limit = l.baseline;
      }
    }
    return upwards ? limit - 2f : limit + 2f;
  }

  /** Whether the line is in the outer tenth of the page, where running heads are set. */
  private static boolean nearEdge(Line l, Page p) {
    return l.baseline <= p.height() * HEAD_SHARE || l.top >= p.height() * (1 - HEAD_SHARE);
  }

  private static String key(Line l, Page p) {
    String edge = l.baseline <= p.height() / 2 ? "top:" : "bottom:";
    return edge + l.text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
  }
}
