package org.polka.ingest.repair;

/**
 * The character classes the word repairs' patterns use ({@code \p{L}}, {@code [\p{L}\p{M}]}), as
 * fast look-ups: a bit table for the Basic Multilingual Plane, {@link Character#getType} beyond it.
 */
final class Letters {
  private static final int LETTERS = (1 << Character.UPPERCASE_LETTER)
      | (1 << Character.LOWERCASE_LETTER) | (1 << Character.TITLECASE_LETTER)
      | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER);
  private static final int MARKS = (1 << Character.NON_SPACING_MARK)
      | (1 << Character.ENCLOSING_MARK) | (1 << Character.COMBINING_SPACING_MARK);
  private static final int SURROGATES = 1 << Character.SURROGATE;
  private static final long[] LETTER_OR_MARK = bmpTable(LETTERS | MARKS);
  private static final long[] LETTER_LIKE = bmpTable(LETTERS | SURROGATES);
  private static final long[] LETTER_OR_MARK_LIKE = bmpTable(LETTERS | MARKS | SURROGATES);

  private Letters() {}

  /** Whether the code point is a letter or a mark, as {@code [\p{L}\p{M}]} decides. */
  static boolean letterOrMark(int codePoint) {
    return codePoint <= Character.MAX_VALUE ? in(LETTER_OR_MARK, codePoint)
        : ((LETTERS | MARKS) >> Character.getType(codePoint) & 1) != 0;
  }

  /**
   * Whether the unit may be part of a letter ({@code \p{L}}): a letter, or a surrogate, which a
   * supplementary letter is made of.
   */
  static boolean letterLike(char c) {
    return in(LETTER_LIKE, c);
  }

  /** Whether the unit may be part of a letter or mark ({@code [\p{L}\p{M}]}), surrogates included. */
  static boolean letterOrMarkLike(char c) {
    return in(LETTER_OR_MARK_LIKE, c);
  }

  private static boolean in(long[] table, int c) {
    return (table[c >>> 6] >>> c & 1) != 0;
  }

  /** One bit per BMP character: set when its general category is in the mask. */
  private static long[] bmpTable(int categories) {
    long[] table = new long[(Character.MAX_VALUE + 1) / 64];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if ((categories >> Character.getType(c) & 1) != 0) {
        table[c >>> 6] |= 1L << c;
      }
    }
    return table;
  }
}
