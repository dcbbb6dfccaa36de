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
    List<String> keys = lines.stream().map(RunningHeaders::key).toList();
    Map<String, Integer> counts = new HashMap<>();
    keys.forEach(k -> counts.merge(k, 1, Integer::sum));
    var result = new RunningHeaders();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String s = line.strip();
      boolean repeated = s.length() <= MAX_HEADER_LENGTH && counts.get(keys.get(i)) >= MIN_REPEATS;
      if (PAGE_NUMBER.matcher(s).matches() || repeated) {
        result.dropped.add(s);
      } else {
        result.kept.add(line);
      }
    }
    return result;
  }

  /**
   * A line as compared for repeats: spacing ({@code \s}, the ASCII white space) and case ignored
   * ("RAS],vol." = "RAS], vol.").
   */
  static String key(String line) {
    StringBuilder kept = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
