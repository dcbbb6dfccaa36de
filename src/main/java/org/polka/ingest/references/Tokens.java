package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;

/** The tokenizer of bibliography entries: letter runs, digit runs, and single other characters. */
final class Tokens {
  private Tokens() {}

  /** The tokens of {@code s} in order; white space separates tokens and is not one. */
  static List<Token> of(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    boolean space = false;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i += Character.charCount(c);
        continue;
      }
      int end = i + Character.charCount(c);
      if (Character.isLetter(c)) {
        end = run(s, end, true);
      } else if (Character.isDigit(c)) {
        end = run(s, end, false);
      }
      out.add(new Token(s.substring(i, end), i, end, space || i == 0));
      space = false;
      i = end;
    }
    return out;
  }

  private static int run(String s, int from, boolean letters) {
    int j = from;
    while (j < s.length()) {
      int d = s.codePointAt(j);
      boolean same = letters ? Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK
          : Character.isDigit(d);
      if (!same) {
        break;
      }
      j += Character.charCount(d);
    }
    return j;
  }
}
