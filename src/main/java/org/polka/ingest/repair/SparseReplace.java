package org.polka.ingest.repair;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's replace-all over one text that tries the pattern only at the start positions its
 * caller offers, instead of at every character.
 *
 * <p>Each try is {@link Matcher#lookingAt} on the region from the offered start to the end of the
 * text, with transparent bounds, so look-behinds see the text before the start exactly as a full
 * search does. The result equals {@code pattern.matcher(text).replaceAll(...)} when the caller
 * offers, in increasing order, every position where the leftmost match at or after
 * {@link #resumeAt()} can start (more positions are harmless; positions before
 * {@link #resumeAt()} are ignored). Only for patterns that never match the empty string.
 */
final class SparseReplace {
  private static final int LETTERS = (1 << Character.UPPERCASE_LETTER)
      | (1 << Character.LOWERCASE_LETTER) | (1 << Character.TITLECASE_LETTER)
      | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER);
  private static final int MARKS = (1 << Character.NON_SPACING_MARK)
      | (1 << Character.ENCLOSING_MARK) | (1 << Character.COMBINING_SPACING_MARK);
  private static final int SURROGATES = 1 << Character.SURROGATE;

  private final Matcher matcher;
  private final String text;
  private StringBuilder out;
  private int done;

  SparseReplace(Pattern pattern, String text) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true);
    this.text = text;
  }

  /**
   * Tries the pattern at {@code start}; when it matches there, the match is replaced by what the
   * function makes of it and the search resumes at its end.
   *
   * @return whether it matched (false for a start before {@link #resumeAt()})
   */
  boolean replaceAt(int start, Function<MatchResult, String> replacement) {
    if (start < done) {
      return false;
    }
    matcher.region(start, text.length());
    if (!matcher.lookingAt()) {
      return false;
    }
    if (out == null) {
      out = new StringBuilder(text.length() + 16);
    }
    out.append(text, done, start).append(replacement.apply(matcher));
    done = matcher.end();
    return true;
  }

  /** Where the next match may start: the end of the last match, or 0. */
  int resumeAt() {
    return done;
  }

  /** The text with every match so far replaced (the text itself when nothing matched). */
  String result() {
    return out == null ? text : out.append(text, done, text.length()).toString();
  }

  /**
   * Tries every start in {@code [from, to)} that can begin a match of a pattern whose match starts
   * where a run of {@link #letterOrMarkLike} characters does (a look-behind or the leftmost rule
   * rules out a start right after a letter or mark): {@code from} itself, and any position right
   * after a surrogate (a regex sees a lone low surrogate, not the letter it ends).
   *
   * @return whether one of them matched
   */
  boolean replaceInRun(int from, int to, Function<MatchResult, String> replacement) {
    for (int s = from; s < to; s++) {
      if ((s == from || Character.isSurrogate(text.charAt(s - 1))) && replaceAt(s, replacement)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the run of characters satisfying {@code inRun} that ends at {@code end}, going
   * back no further than {@code floor}.
   */
  static int runStart(String s, int end, int floor, CharTest inRun) {
    int a = end;
    while (a > floor && inRun.test(s.charAt(a - 1))) {
      a--;
    }
    return a;
  }

  /** A test of one UTF-16 unit. */
  @FunctionalInterface
  interface CharTest {
    boolean test(char c);
  }

  /**
   * Whether the unit may be part of a letter ({@code \p{L}}): a letter, or a surrogate, which a
   * supplementary letter is made of.
   */
  static boolean letterLike(char c) {
    return ((LETTERS | SURROGATES) >> Character.getType(c) & 1) != 0;
  }

  /** Whether the unit may be part of a letter or mark ({@code [\p{L}\p{M}]}), surrogates included. */
  static boolean letterOrMarkLike(char c) {
    return ((LETTERS | MARKS | SURROGATES) >> Character.getType(c) & 1) != 0;
  }

  /** Whether the code point is a letter or a mark, as {@code [\p{L}\p{M}]} decides. */
  static boolean letterOrMark(int codePoint) {
    return ((LETTERS | MARKS) >> Character.getType(codePoint) & 1) != 0;
  }
}
