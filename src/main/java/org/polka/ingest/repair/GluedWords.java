package org.polka.ingest.repair;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A repair of word boundaries that text extraction lost or invented.
 *
 * <p>It splits a word glued to a year ("of1998" gives "of 1998", "в1995" gives "в 1995",
 * "Rubezh-2004joint" gives
 * "Rubezh-2004 joint") and closes a space inserted after an apostrophe ("Kyrgyzstan’ s" gives
 * "Kyrgyzstan’s"). Short numbers glued to words are left alone: they are usually footnote markers
 * ("Cooperation4"), and names such as "Su-27" or "U.N." never match.
 */
public final class GluedWords {
  static final Pattern WORD_YEAR =
      Pattern.compile("(?<![\\p{L}\\d])(\\p{L}\\p{Ll}+|\\p{Ll})((?:1[5-9]|20)\\d\\d)(?!\\d)");
  static final Pattern YEAR_WORD =
      Pattern.compile("(?<!\\d)((?:1[5-9]|20)\\d\\d)(\\p{Ll}{2,})(?![\\p{L}\\d])");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("th", "st", "nd", "rd", "ies", "ties");
  static final Pattern APOSTROPHE_SPACE =
      Pattern.compile("(\\p{L})([’'])\\s(s|t|re|ve|ll|d|m)(?![\\p{L}\\d])");

  private GluedWords() {}

  /** The text with glued years split and spaces after apostrophes closed. */
  public static String repair(String text) {
    String out = splitWordYear(text);
    out = splitYearWord(out);
    return closeApostrophes(out);
  }

  /**
   * WORD_YEAR replaced everywhere: tried only at the starts of the letter runs that end right
   * before a year-like number (a match's letters touch its year).
   */
  private static String splitWordYear(String text) {
    var sparse = new SparseReplace(WORD_YEAR, text);
    SparseReplace.forEachIndexOf(text, '1', '2', j -> {
      if (j >= 1 && yearLikeAt(text, j) && Letters.letterLike(text.charAt(j - 1))) {
        int a = SparseReplace.runStart(text, j, sparse.resumeAt(), Letters::letterLike);
        sparse.replaceInRun(a, j, m -> m.group(1) + " " + m.group(2));
      }
    });
    return sparse.result();
  }

  /** YEAR_WORD replaced everywhere, ordinals kept: tried only at year-like numbers before a letter. */
  private static String splitYearWord(String text) {
    var sparse = new SparseReplace(YEAR_WORD, text);
    SparseReplace.forEachIndexOf(text, '1', '2', j -> {
      if (j + 4 < text.length() && yearLikeAt(text, j) && Letters.letterLike(text.charAt(j + 4))) {
        sparse.replaceAt(j, m -> ORDINAL_SUFFIXES.contains(m.group(2)) ? m.group()
            : m.group(1) + " " + m.group(2));
      }
    });
    return sparse.result();
  }

  /**
   * APOSTROPHE_SPACE replaced everywhere: tried only at the letter before each apostrophe (one
   * unit back, or two for a supplementary letter).
   */
  private static String closeApostrophes(String text) {
    var sparse = new SparseReplace(APOSTROPHE_SPACE, text);
    SparseReplace.forEachIndexOf(text, '’', '\'', k -> {
      if (k >= 1 && !(k >= 2 && sparse.replaceAt(k - 2, GluedWords::closed))) {
        sparse.replaceAt(k - 1, GluedWords::closed);
      }
    });
    return sparse.result();
  }

  private static String closed(MatchResult m) {
    return m.group(1) + m.group(2) + m.group(3);
  }

  /** Whether a year as the patterns take it, 1500-2099, starts at {@code i} (a '1' or '2'). */
  private static boolean yearLikeAt(String s, int i) {
    if (i + 4 > s.length()) {
      return false;
    }
    char c1 = s.charAt(i + 1);
    boolean century = s.charAt(i) == '1' ? c1 >= '5' && c1 <= '9' : c1 == '0';
    return century && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
