package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries written as one line with inline labels, e.g. {@code <author>Иванов И.И.</author>
 * <title>Название</title> // <journal>Журнал</journal>. <date>2005</date>.}: text outside the tags
 * is {@link Labels#OTHER}. The format of the hand-written training examples shipped with the parser.
 */
public final class TaggedLines {
  private static final Pattern TAG = Pattern.compile("<([a-z]+)>(.*?)</\\1>");

  private TaggedLines() {}

  /** The labelled segments of one line; unknown tag names are kept as written. */
  public static List<Segment> parse(String line) {
    List<Segment> out = new ArrayList<>();
    Matcher m = TAG.matcher(line);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Segment(line.substring(at, m.start()), Labels.OTHER));
      }
      out.add(new Segment(m.group(2), m.group(1)));
      at = m.end();
    }
    if (at < line.length()) {
      out.add(new Segment(line.substring(at), Labels.OTHER));
    }
    return out;
  }
}
