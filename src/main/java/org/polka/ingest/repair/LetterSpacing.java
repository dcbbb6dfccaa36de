package org.polka.ingest.repair;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A repair of letter-spaced lines, such as the heading "C o n c l u s i o n s", back into words.
 *
 * <p>Only a line made entirely of single letters separated by spaces is changed; two or more
 * spaces between letters mark a word break ("F i n a l  R e m a r k s" gives "Final Remarks").
 */
public final class LetterSpacing {
  private static final Pattern SPACED = Pattern.compile("\\p{L}(?: {1,3}\\p{L}){3,}");
  private static final Pattern WORD_GAP = Pattern.compile(" {2,}");

  private LetterSpacing() {}

  /** The line with letter spacing removed, or the line unchanged when it is not letter-spaced. */
  public static String collapse(String line) {
    String trimmed = line.strip();
    if (!SPACED.matcher(trimmed).matches()) {
      return line;
    }
    return Arrays.stream(WORD_GAP.split(trimmed))
        .map(word -> word.replace(" ", ""))
        .collect(Collectors.joining(" "));
  }
}
