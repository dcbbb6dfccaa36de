package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reading order of one page's lines: a single column top to bottom, or two columns found by the
 * gutter that no narrow line crosses, read band by band — lines spanning both columns (title,
 * abstract, a wide figure) close a band, whose left column is read before its right one.
 */
final class ReadingOrder {
  private static final float BIN = 2f;
  private static final int MIN_COLUMN_LINES = 4;
  private static final float SAME_SIZE = 0.15f;
  private static final float SMALL_CAPS = 0.3f;
  private static final float MARKER_GAP_EM = 6f;
  private static final Pattern LONE_MARKER = Pattern.compile("\\d{1,3}|[*†‡§¶]{1,3}");

  private ReadingOrder() {}

  /** The page's lines in reading order, each marked with its column. */
  static List<Line> order(List<Line> lines) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble((Line l) -> l.baseline).thenComparingDouble(l -> l.x0));
    float gutter = gutter(sorted);
    if (Float.isNaN(gutter)) {
      sorted.forEach(l -> l.column = 0);
      return sorted;
    }
    List<Line> out = new ArrayList<>(sorted.size());
    List<Line> left = new ArrayList<>();
    List<Line> right = new ArrayList<>();
    for (Line l : sorted) {
      if (l.x1 <= gutter) {
        l.column = 1;
        left.add(l);
      } else if (l.x0 >= gutter) {
        l.column = 2;
        right.add(l);
      } else {
        l.column = 0;
        out.addAll(left);
        out.addAll(right);
        left.clear();
        right.clear();
        out.add(l);
      }
    }
    out.addAll(left);
    out.addAll(right);
    return out;
  }

  /**
   * The pieces of one printed line that wide justified spaces or table cells split apart, joined
   * again unless the column gutter lies between them.
   */
  static List<Line> rejoin(List<Line> lines) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble((Line l) -> l.baseline).thenComparingDouble(l -> l.x0));
    float gutter = gutter(sorted);
    List<Line> out = new ArrayList<>(sorted.size());
    for (Line l : sorted) {
      Line last = out.isEmpty() ? null : out.getLast();
      boolean sameRow = last != null && Math.abs(l.baseline - last.baseline) <= 0.2f * last.size
          && sameType(last, l) && l.x0 >= last.x1 - 0.3f * l.size
          && l.x0 - last.x1 <= 8f * l.size;
      boolean acrossGutter = !Float.isNaN(gutter) && last != null && last.x1 <= gutter && l.x0 >= gutter;
      if (sameRow && !acrossGutter) {
        out.set(out.size() - 1, last.joinedWith(l));
      } else {
        out.add(l);
      }
    }
    return withHangingMarkers(out);
  }

  /**
   * Whether two pieces on one baseline are set alike: the same size, or sizes as far apart as a
   * small-caps word's ("I. INTRODUCTION") when the smaller is in capitals; a side note in small
   * print to the right of a body line is not part of it.
   */
  private static boolean sameType(Line left, Line right) {
    float larger = Math.max(left.size, right.size);
    float diff = Math.abs(left.size - right.size);
    Line smaller = left.size < right.size ? left : right;
    return diff <= SAME_SIZE * larger
        || diff <= SMALL_CAPS * larger && smaller.text.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * The lines with each lone note marker set in the margin ("7" in bold, then the note's text a few
   * ems to its right, its baseline a little lower) joined to the text it labels, as "7 text".
   */
  private static List<Line> withHangingMarkers(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      Line m = out.get(i);
      if (!LONE_MARKER.matcher(m.text).matches()) {
        continue;
      }
      int text = labelled(out, m);
      if (text >= 0) {
        Line t = out.get(text);
        out.set(text, new Line(m.text + " " + t.text, t.page, m.x0, t.x1, Math.min(m.top, t.top),
            t.baseline, t.size, t.bold, t.italic, null, t.letterSpaced));
        out.remove(i);
        i--;
      }
    }
    return out;
  }

  /** The index of the line a lone marker labels: the nearest to its right on about its baseline. */
  private static int labelled(List<Line> lines, Line m) {
    int best = -1;
    for (int j = 0; j < lines.size(); j++) {
      Line t = lines.get(j);
      boolean beside = t != m && t.x0 > m.x1 && t.x0 - m.x1 <= MARKER_GAP_EM * t.size
          && Math.abs(t.baseline - m.baseline) <= 0.5f * t.size && t.size >= m.size
          && !LONE_MARKER.matcher(t.text).matches();
      if (beside && (best < 0 || t.x0 < lines.get(best).x0)) {
        best = j;
      }
    }
    return best;
  }

  /** The x of the gutter between two columns, or NaN for a single-column page. */
  static float gutter(List<Line> lines) {
    List<Line> text = lines.stream().filter(l -> l.kind == Kind.BODY && l.text.length() > 3).toList();
    if (text.size() < 2 * MIN_COLUMN_LINES) {
      return Float.NaN;
    }
    float minX = (float) text.stream().mapToDouble(l -> l.x0).min().orElse(0);
    float maxX = (float) text.stream().mapToDouble(l -> l.x1).max().orElse(0);
    float width = maxX - minX;
    int bins = (int) (width / BIN) + 1;
    int[] cover = new int[bins];
    for (Line l : text) {
      int from = (int) ((l.x0 - minX) / BIN);
      int to = Math.min(bins - 1, (int) ((l.x1 - minX) / BIN));
      for (int b = from; b <= to; b++) {
        cover[b]++;
      }
    }
    int lo = (int) (bins * 0.3);
    int hi = (int) (bins * 0.7);
    int best = -1;
    for (int b = lo; b <= hi; b++) {
      if (best < 0 || cover[b] < cover[best]
          || (cover[b] == cover[best] && Math.abs(b - bins / 2) < Math.abs(best - bins / 2))) {
        best = b;
      }
    }
    if (best < 0) {
      return Float.NaN;
    }
    float g = minX + (best + 0.5f) * BIN;
    int leftCount = 0;
    int rightCount = 0;
    for (Line l : text) {
      if (l.x1 <= g) {
        leftCount++;
      } else if (l.x0 >= g) {
        rightCount++;
      }
    }
    int crossing = text.size() - leftCount - rightCount;
    int least = Math.max(MIN_COLUMN_LINES, (int) (0.15 * text.size()));
    boolean columns = leftCount >= least && rightCount >= least
        && crossing <= (leftCount + rightCount);
    return columns ? g : Float.NaN;
  }
}
