package org.polka.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.polka.search.Suggestion.Kind;

/**
 * The autocomplete keys of the index's {@code suggest} field: {@code code|normalised text} then
 * U+001F then the value as shown, so a prefix look-up in the terms dictionary finds values by how
 * they start, ordered by the number of articles carrying them.
 *
 * <p>Titles, keywords and journals are keyed by their start; author names also by the start of
 * each later name part, so "Rash" finds "Alexei Rashidov" as well as "Rashidov A.".
 */
final class Suggestions {
  /** Separates the look-up key from the value shown. */
  static final char SEPARATOR = '\u001f';
  /** Longest normalised key kept; longer values are keyed by their first characters. */
  static final int MAX_KEY = 80;
  /** Longest value kept for display. */
  static final int MAX_VALUE = 300;

  private Suggestions() {}

  /** The keys of one article. */
  static Set<String> keys(String title, List<String> authors, List<String> keywords,
      String journal) {
    Set<String> keys = new LinkedHashSet<>();
    add(keys, Kind.TITLE, title, false);
    authors.forEach(a -> add(keys, Kind.AUTHOR, a, true));
    keywords.forEach(k -> add(keys, Kind.KEYWORD, k, false));
    add(keys, Kind.JOURNAL, journal, false);
    return keys;
  }

  /** The term prefix that finds values of the kind starting with the typed text. */
  static String prefix(Kind kind, String typed) {
    String n = normal(typed);
    return kind.code + "|" + (n.length() > MAX_KEY ? n.substring(0, MAX_KEY) : n);
  }

  /** The proposal a key stands for, or null for a key of another shape. */
  static Suggestion parse(Kind kind, String key, long articles) {
    int sep = key.indexOf(SEPARATOR);
    return sep < 0 ? null : new Suggestion(kind, key.substring(sep + 1), articles);
  }

  /** Lower case, ё as е, runs of spaces and punctuation as one space. */
  static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е')
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void add(Set<String> keys, Kind kind, String value, boolean everyPart) {
    if (value == null || value.isBlank()) {
      return;
    }
    String shown = Snippets.stripMarkers(value).strip().replaceAll("\\s+", " ");
    if (shown.length() > MAX_VALUE) {
      shown = shown.substring(0, MAX_VALUE);
    }
    List<String> starts = new ArrayList<>();
    String n = normal(shown);
    starts.add(n);
    if (everyPart) {
      for (int i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1)) {
        starts.add(n.substring(i + 1));
      }
    }
    for (String start : starts) {
      if (!start.isEmpty()) {
        keys.add(prefix(kind, start) + SEPARATOR + shown);
      }
    }
  }
}
