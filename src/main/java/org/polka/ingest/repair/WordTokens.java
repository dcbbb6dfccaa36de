package org.polka.ingest.repair;

import java.util.function.Consumer;

/**
 * A scanner of a text's words and hyphenated compounds ("слово", "military-political"), as the
 * pattern {@code [\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*} finds them, without a regex.
 *
 * <p>Like the regex it reads code points (a supplementary letter is a letter), tries each start
 * one UTF-16 unit after the last (a lone surrogate is no letter), and takes the longest match.
 */
final class WordTokens {
  private WordTokens() {}

  /** Hands each token of the text to the consumer, in order. */
  static void forEach(String text, Consumer<String> tokens) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Letters.letterOrMark(text.codePointAt(i))) {
        i++;
        continue;
      }
      int end = runEnd(text, i);
      while (end + 1 < n && text.charAt(end) == '-'
          && Letters.letterOrMark(text.codePointAt(end + 1))) {
        end = runEnd(text, end + 1);
      }
      tokens.accept(text.substring(i, end));
      i = end;
    }
  }

  /** The end of the run of letters and marks that starts at {@code from}. */
  private static int runEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Letters.letterOrMark(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }
}
