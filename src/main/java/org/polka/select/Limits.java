package org.polka.select;

import java.util.List;

/**
 * What a reader allows in a reading list: years, disciplines, languages, open licences only, and
 * how many items (10–100).
 */
public record Limits(Integer yearFrom, Integer yearTo, List<String> disciplines,
    List<String> languages, boolean openOnly, int size) {
  /** The fewest and most items a list may have. */
  public static final int MIN_SIZE = 10;
  public static final int MAX_SIZE = 100;

  public Limits {
    disciplines = disciplines == null ? List.of()
        : disciplines.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList();
    languages = languages == null ? List.of()
        : languages.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList();
  }

  /** No limits, this many items. */
  public static Limits none(int size) {
    return new Limits(null, null, List.of(), List.of(), false, size);
  }

  /** The same limits with another size (used for similar articles, which are not 10–100). */
  Limits withSize(int n) {
    return new Limits(yearFrom, yearTo, disciplines, languages, openOnly, n);
  }

  /** What is wrong with these limits, or null when they are usable. */
  public String problem() {
    if (size < MIN_SIZE || size > MAX_SIZE) {
      return "limit must be between " + MIN_SIZE + " and " + MAX_SIZE + ", not " + size;
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      return "year range is empty: from " + yearFrom + " to " + yearTo;
    }
    return null;
  }
}
