package org.polka.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlighted text made safe for HTML: the highlighter wraps matches in two Unicode
 * noncharacters, everything is escaped, then the markers become {@code <mark>} elements.
 */
final class Snippets {
  /** Put before a match by the highlighter. */
  static final String PRE = "\uFDD0";
  /** Put after a match by the highlighter. */
  static final String POST = "\uFDD1";

  private static final Pattern MARKED = Pattern.compile(PRE + "([^" + POST + "]*)" + POST);

  private Snippets() {}

  /** The text without marker characters (so stored text can never fake a match). */
  static String stripMarkers(String text) {
    return text.replace(PRE, "").replace(POST, "");
  }

  /** Escaped HTML of highlighted text, matches in {@code <mark>}; whitespace runs become one space. */
  static String toHtml(String highlighted) {
    if (highlighted == null) {
      return null;
    }
    String escaped = escape(highlighted.strip().replaceAll("\\s+", " "));
    return stripMarkers(MARKED.matcher(escaped).replaceAll("<mark>$1</mark>"));
  }

  /** The text with HTML's special characters escaped. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The best snippet among highlighted fragments (in order of preference): the one matching the
   * most distinct words, the earlier on a tie; when none has a match, the first non-null one.
   */
  static String best(List<String> fragments) {
    String best = null;
    int bestScore = 0;
    String fallback = null;
    for (String f : fragments) {
      if (f == null || f.isBlank()) {
        continue;
      }
      if (fallback == null) {
        fallback = f;
      }
      int score = distinctMatches(f);
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    return toHtml(best != null ? best : fallback);
  }

  /** The number of distinct (case-insensitive) marked words in highlighted text. */
  static int distinctMatches(String highlighted) {
    Set<String> words = new HashSet<>();
    Matcher m = MARKED.matcher(highlighted);
    while (m.find()) {
      words.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return words.size();
  }
}
