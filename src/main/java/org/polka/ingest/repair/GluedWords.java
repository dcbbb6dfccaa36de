package org.polka.ingest.repair;

import java.util.Set;
import java.util.regex.Matcher;
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
  private static final Pattern WORD_YEAR =
      Pattern.compile("(?<![\\p{L}\\d])(\\p{L}\\p{Ll}+|\\p{Ll})((?:1[5-9]|20)\\d\\d)(?!\\d)");
  private static final Pattern YEAR_WORD =
      Pattern.compile("(?<!\\d)((?:1[5-9]|20)\\d\\d)(\\p{Ll}{2,})(?![\\p{L}\\d])");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("th", "st", "nd", "rd", "ies", "ties");
  private static final Pattern APOSTROPHE_SPACE =
      Pattern.compile("(\\p{L})([’'])\\s(s|t|re|ve|ll|d|m)(?![\\p{L}\\d])");

  private GluedWords() {}

  /** The text with glued years split and spaces after apostrophes closed. */
  public static String repair(String text) {
    String out = WORD_YEAR.matcher(text).replaceAll("$1 $2");
    out = splitYearWord(out);
    return APOSTROPHE_SPACE.matcher(out).replaceAll("$1$2$3");
  }

  private static String splitYearWord(String text) {
    Matcher m = YEAR_WORD.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = ORDINAL_SUFFIXES.contains(m.group(2)) ? m.group() : m.group(1) + " " + m.group(2);
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
