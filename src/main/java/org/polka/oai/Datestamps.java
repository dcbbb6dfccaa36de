package org.polka.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * OAI-PMH datestamps: UTC, either a day ({@code YYYY-MM-DD}) or a second
 * ({@code YYYY-MM-DDThh:mm:ssZ}), the granularity this repository declares.
 */
final class Datestamps {
  static final String GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

  private Datestamps() {}

  /** A from or until argument, read: its granularity and the datestamp it stands for. */
  record Bound(boolean day, String datestamp) {}

  /** The instant at second granularity, e.g. {@code 2026-11-29T08:06:55Z}. */
  static String format(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * Reads a from (or, with {@code until}, an until) argument as the second-granular datestamp it
   * bounds: a day as its first (from) or last (until) second. Null when the value is not a valid
   * date in either granularity.
   */
  static Bound parse(String value, boolean until) {
    try {
      if (DAY.matcher(value).matches()) {
        LocalDate.parse(value);
        return new Bound(true, value + (until ? "T23:59:59Z" : "T00:00:00Z"));
      }
      if (SECOND.matcher(value).matches()) {
        Instant.parse(value);
        return new Bound(false, value);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
