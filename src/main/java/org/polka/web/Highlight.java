package org.polka.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the words of a query in a text for the CyberLeninka-compatible API: the text HTML-escaped,
 * words that start like a query word (so Russian endings still match) wrapped in {@code <b>}.
 */
final class Highlight {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final int MIN_STEM = 3;

  private final List<String> stems;

  private Highlight(List<String> stems) {
    this.stems = stems;
  }

  /** A highlighter for the words of the query. */
  static Highlight of(String query) {
    List<String> stems = new ArrayList<>();
    Matcher m = WORD.matcher(query == null ? "" : query.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      int cut = w.length() >= 6 ? 2 : w.length() == 5 ? 1 : 0;
      String stem = w.substring(0, w.length() - cut);
      if (stem.length() >= MIN_STEM || w.length() == stem.length() && w.length() >= 2) {
        stems.add(stem);
      }
    }
    return new Highlight(stems);
  }

  /** The whole text, escaped, with matching words in {@code <b>}. */
  String mark(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher m = WORD.matcher(text);
    int at = 0;
    while (m.find()) {
      out.append(escape(text.substring(at, m.start())));
      String word = m.group();
      out.append(matches(word) ? "<b>" + escape(word) + "</b>" : escape(word));
      at = m.end();
    }
    return out.append(escape(text.substring(at))).toString();
  }

  /** About {@code length} characters around the first match (the start when none), escaped and marked. */
  String excerpt(String text, int length) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= length) {
      return mark(t);
    }
    int first = firstMatch(t);
    int start = Math.max(0, Math.min(first - length / 3, t.length() - length));
    start = wordStart(t, start);
    int end = Math.min(t.length(), start + length);
    end = wordEnd(t, end);
    return (start > 0 ? "…" : "") + mark(t.substring(start, end)) + (end < t.length() ? "…" : "");
  }

  /** The first {@code length} characters or so, cut at a word end. */
  static String preview(String text, int length) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= length) {
      return t;
    }
    return t.substring(0, wordEnd(t, length)) + "…";
  }

  private boolean matches(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return stems.stream().anyMatch(w::startsWith);
  }

  private int firstMatch(String text) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (matches(m.group())) {
        return m.start();
      }
    }
    return 0;
  }

  private static int wordStart(String t, int i) {
    if (i == 0) {
      return 0;
    }
    int space = t.indexOf(' ', i);
    return space < 0 ? i : space + 1;
  }

  private static int wordEnd(String t, int i) {
    if (i >= t.length()) {
      return t.length();
    }
    int space = t.lastIndexOf(' ', i);
    return space <= 0 ? i : space;
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
