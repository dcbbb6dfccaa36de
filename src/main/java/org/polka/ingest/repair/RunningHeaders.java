package org.polka.ingest.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A filter of page furniture left in extracted text lines: bare page numbers and running headers
 * or footers (short lines that repeat on several pages, however the extractor spaced them).
 */
public final class RunningHeaders {
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-–—\\s]*\\d{1,4}[-–—\\s]*");
  private static final int MAX_HEADER_LENGTH = 80;
  private static final int MIN_REPEATS = 3;

  private final List<String> kept = new ArrayList<>();
  private final List<String> dropped = new ArrayList<>();

  private RunningHeaders() {}

  /** The lines split into the ones kept and the furniture dropped. */
  public static RunningHeaders filter(List<String> lines) {
    Map<String, Integer> counts = shortKeyCounts(lines);
    var result = new RunningHeaders();
    for (String line : lines) {
      String s = line.strip();
      boolean repeated = s.length() <= MAX_HEADER_LENGTH && counts.get(key(line)) >= MIN_REPEATS;
      if (PAGE_NUMBER.matcher(s).matches() || repeated) {
        result.dropped.add(s);
      } else {
        result.kept.add(line);
      }
    }
    return result;
  }

  /**
   * How often the key of each line short enough for a header occurs among all the lines. A longer
   * line is keyed only when its key can equal a short line's: lower-casing keeps at least one unit
   * per character, so a key has at least half as many units as its line has non-space units.
   */
  private static Map<String, Integer> shortKeyCounts(List<String> lines) {
    Map<String, Integer> counts = new HashMap<>();
    int longest = 0;
    for (String line : lines) {
      if (line.strip().length() <= MAX_HEADER_LENGTH) {
        String key = key(line);
        counts.merge(key, 1, Integer::sum);
        longest = Math.max(longest, key.length());
      }
    }
    for (String line : lines) {
      if (line.strip().length() > MAX_HEADER_LENGTH && nonSpaceUnits(line, 2 * longest) <= 2 * longest) {
        counts.computeIfPresent(key(line), (k, n) -> n + 1);
      }
    }
    return counts;
  }

  /** The units of the line that are not {@code \s}, counted up to one more than {@code cap}. */
  private static int nonSpaceUnits(String line, int cap) {
    int n = 0;
    for (int i = 0; i < line.length() && n <= cap; i++) {
      if (!isSpace(line.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * A line as compared for repeats: spacing ({@code \s}, the ASCII white space) and case ignored
   * ("RAS],vol." = "RAS], vol.").
   */
  static String key(String line) {
    StringBuilder kept = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean space = isSpace(c);
      if (space && kept == null) {
        kept = new StringBuilder(line.length()).append(line, 0, i);
      } else if (!space && kept != null) {
        kept.append(c);
      }
    }
    return (kept == null ? line : kept.toString()).toLowerCase(Locale.ROOT);
  }

  /** The lines that are text. */
  public List<String> kept() {
    return List.copyOf(kept);
  }

  /** The distinct furniture lines dropped, in order of first appearance. */
  public List<String> dropped() {
    return dropped.stream().distinct().toList();
  }
}
