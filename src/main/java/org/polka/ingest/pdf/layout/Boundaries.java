package org.polka.ingest.pdf.layout;

import java.util.List;

/**
 * The finder of other articles' text printed on an article's first and last pages: the previous
 * article's tail above the title (lines of body type before the first line set in title size) and
 * the next article's head below the end (a line in title size, after text, on the last page).
 */
final class Boundaries {
  private static final int MIN_TAIL_WORDS = 25;

  private Boundaries() {}

  /** The title's size: the largest type among the first page's lines of three letters or more. */
  static float titleSize(List<Line> stream, int firstPage) {
    return (float) stream.stream().filter(l -> l.page == firstPage && l.text.length() >= 3)
        .mapToDouble(l -> l.size).max().orElse(0);
  }

  /** Marks the tail and head of other articles in the stream (body lines in reading order). */
  static void mark(List<Line> stream, float bodySize, int firstPage, int lastPage) {
    if (stream.isEmpty()) {
      return;
    }
    float title = titleSize(stream, firstPage);
    if (title < 1.3f * bodySize) {
      return;
    }
    int titleAt = -1;
    for (int i = 0; i < stream.size() && stream.get(i).page == firstPage; i++) {
      if (stream.get(i).size >= title - 0.5f) {
        titleAt = i;
        break;
      }
    }
    if (titleAt > 0) {
      List<Line> before = stream.subList(0, titleAt);
      long bodyLines = before.stream().filter(l -> Math.abs(l.size - bodySize) <= 0.6f).count();
      int words = before.stream().mapToInt(l -> l.text.split("\\s+").length).sum();
      if (bodyLines >= 3 && words >= MIN_TAIL_WORDS) {
        before.forEach(l -> l.kind = Kind.OTHER_ARTICLE);
      }
    }
    if (lastPage == firstPage) {
      return;
    }
    boolean textSeen = false;
    for (int i = 0; i < stream.size(); i++) {
      Line l = stream.get(i);
      if (l.page != lastPage) {
        continue;
      }
      if (textSeen && l.size >= Math.max(1.3f * bodySize, 0.85f * title) && i + 1 < stream.size()
          && l.text.length() >= 10) {
        stream.subList(i, stream.size()).forEach(x -> x.kind = Kind.OTHER_ARTICLE);
        return;
      }
      textSeen |= Math.abs(l.size - bodySize) <= 0.6f;
    }
  }
}
