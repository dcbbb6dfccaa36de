package org.polka.ingest.repair;

import java.util.function.Function;
import java.util.function.IntConsumer;
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
  private final Pattern pattern;
  private final String text;
  private Matcher matcher;
  private StringBuilder out;
  private int done;

  SparseReplace(Pattern pattern, String text) {
    this.pattern = pattern;
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
    if (matcher == null) {
      matcher = pattern.matcher(text).useTransparentBounds(true);
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

  /**
   * The text with every match replaced (the text itself when nothing matched); asked once, at the
   * end.
   */
  String result() {
    return out == null ? text : out.append(text, done, text.length()).toString();
  }

  /**
   * Tries every start in {@code [from, to)} that can begin a match of a pattern whose match starts
   * where a run of letters and marks does (a look-behind or the leftmost rule
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
   * Hands each index where {@code s} holds {@code a} or {@code b} to the action, in ascending
   * order (found with {@link String#indexOf(int, int)}, which is fast on long texts).
   */
  static void forEachIndexOf(String s, char a, char b, IntConsumer action) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    while (i >= 0 || j >= 0) {
      if (j < 0 || i >= 0 && i < j) {
        action.accept(i);
        i = s.indexOf(a, i + 1);
      } else {
        action.accept(j);
        j = s.indexOf(b, j + 1);
      }
    }
  }
}
