package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.polka.ingest.repair.Dehyphenator;

/**
 * The geometry of the running text that decides where paragraphs break: each column's left and
 * right edge and the usual distance between lines. Within a column a paragraph breaks at a wider
 * gap, an indented first line, or after a short line that ends a sentence; across a column or page
 * break it goes on unless the line above ended a sentence and the line below starts a new one.
 */
final class TextFlow {
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:…][\"”’»)\\]]*\\d{0,3}$");

  private final Map<Long, float[]> columns = new HashMap<>();
  private final float lineSpacing;
  private final float bodySize;

  TextFlow(List<Line> stream, float bodySize) {
    this.bodySize = bodySize;
    List<Float> deltas = new ArrayList<>();
    Line prev = null;
    for (Line l : stream) {
      if (Math.abs(l.size - bodySize) <= 0.6f) {
        float[] edges = columns.computeIfAbsent(key(l), k -> new float[] {l.x0, l.x1});
        edges[0] = Math.min(edges[0], l.x0);
        edges[1] = Math.max(edges[1], l.x1);
        if (prev != null && sameColumn(prev, l)) {
          float d = l.baseline - prev.baseline;
          if (d > 0.5f * bodySize && d < 3f * bodySize) {
            deltas.add(d);
          }
        }
        prev = l;
      }
    }
    deltas.sort(null);
    lineSpacing = deltas.isEmpty() ? 1.2f * bodySize : deltas.get(deltas.size() / 2);
  }

  /** Whether a new paragraph (or block) starts at {@code cur}, the line read after {@code prev}. */
  boolean breaksBefore(Line prev, Line cur) {
    boolean ended = endsSentence(prev.text);
    if (!sameColumn(prev, cur) || cur.baseline <= prev.baseline) {
      return ended && !startsLower(cur.text);
    }
    float gap = cur.baseline - prev.baseline;
    float em = Math.max(cur.size, 1f);
    if (gap > 1.45f * Math.max(lineSpacing, 0.9f * Math.max(prev.size, cur.size) + 1f)
        || Math.abs(cur.size - prev.size) > 1.2f) {
      return true;
    }
    float[] edges = columns.getOrDefault(key(cur), new float[] {cur.x0, cur.x1});
    boolean indented = cur.x0 - edges[0] > 0.8f * em && cur.x0 - edges[0] < 5f * em
        && prev.x0 - edges[0] < 0.5f * em;
    boolean prevShort = prev.x1 < edges[1] - 2.5f * em;
    return ended && (indented || prevShort);
  }

  /** Whether a line stands apart from the text above it (a heading can only do that). */
  boolean apart(Line prev, Line cur) {
    if (prev == null) {
      return true;
    }
    if (!sameColumn(prev, cur) || cur.baseline <= prev.baseline) {
      return !startsLower(cur.text) && (endsSentence(prev.text) || prev.kind != Kind.BODY
          || prev.size != cur.size || prev.bold != cur.bold);
    }
    return cur.baseline - prev.baseline > 1.3f * lineSpacing || endsSentence(prev.text)
        || prev.kind == Kind.HEADING || prev.x1 < edge(cur) - 2.5f * cur.size
        || prev.bold != cur.bold || Math.abs(prev.size - cur.size) > 0.9f;
  }

  float lineSpacing() {
    return lineSpacing;
  }

  float bodySize() {
    return bodySize;
  }

  private float edge(Line l) {
    return columns.getOrDefault(key(l), new float[] {l.x0, l.x1})[1];
  }

  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text.strip()).matches();
  }

  static boolean startsLower(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  private static boolean sameColumn(Line a, Line b) {
    return a.page == b.page && a.column == b.column;
  }

  private static long key(Line l) {
    return ((long) l.page << 2) | l.column;
  }

  /**
   * The text of two lines joined: a line-end hyphen (or soft hyphen) after a letter and before a
   * letter is replaced by {@link Dehyphenator#LINE_END}, for the repair to judge.
   */
  static String join(String before, String after) {
    if (before.isEmpty()) {
      return after;
    }
    char last = before.charAt(before.length() - 1);
    boolean hyphen = before.length() > 1 && (last == '-' || last == '\u00AD' || last == '\u2010')
        && Character.isLetter(before.charAt(before.length() - 2))
        && !after.isEmpty() && Character.isLetter(after.codePointAt(0));
    return hyphen ? before.substring(0, before.length() - 1) + Dehyphenator.LINE_END + after
        : before + " " + after;
  }
}
