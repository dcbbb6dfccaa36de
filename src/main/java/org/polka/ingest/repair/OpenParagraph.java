package org.polka.ingest.repair;

import java.util.regex.Pattern;

/**
 * A paragraph being rebuilt from the lines a line or page break cut, with the tests that decide
 * whether the next line continues it.
 *
 * <p>The tests are those of the patterns {@code .*[\p{L}\d][-\u00AD]$} (ends hyphenated),
 * {@code .*[.!?:;…»"”)]$} (ends a sentence) and {@code ^[\p{Ll}(«"„].*} (continues), applied with
 * {@code matches()}, without scanning the paragraph again at each line: as a regex's {@code .}
 * stops at a line terminator, a text holding one matches none of them, so the paragraph only keeps
 * whether it holds one.
 */
final class OpenParagraph {
  private static final String SENTENCE_ENDS = ".!?:;…»\"”)";
  private static final String CONTINUATION_STARTS = "(«\"„";
  /** What {@code String.replaceAll("\u00AD$", "-")} replaces: a soft hyphen at the very end. */
  private static final Pattern SOFT_HYPHEN_AT_END = Pattern.compile("\u00AD$");

  private final StringBuilder text;
  private boolean terminated;

  /** A paragraph that starts with the given (stripped) line. */
  OpenParagraph(String first) {
    this.text = new StringBuilder(first);
    this.terminated = hasLineTerminator(first);
  }

  /** Whether it ends in a hyphen or soft hyphen after a letter or digit, as a broken word does. */
  boolean endsHyphenated() {
    int n = text.length();
    if (terminated || n < 2) {
      return false;
    }
    char last = text.charAt(n - 1);
    int before = Character.codePointBefore(text, n - 1);
    return (last == '-' || last == '\u00AD')
        && (Character.isLetter(before) || before >= '0' && before <= '9');
  }

  /** Whether it ends with closing punctuation. */
  boolean endsSentence() {
    int n = text.length();
    return !terminated && n > 0 && SENTENCE_ENDS.indexOf(text.charAt(n - 1)) >= 0;
  }

  /** Whether a (stripped) line starts as a sentence's continuation does: in lower case, or "(«. */
  static boolean continues(String line) {
    if (line.isEmpty() || hasLineTerminator(line)) {
      return false;
    }
    int first = line.codePointAt(0);
    return Character.getType(first) == Character.LOWERCASE_LETTER
        || CONTINUATION_STARTS.indexOf(first) >= 0;
  }

  /**
   * Appends the next line: a word broken at the hyphen is marked {@link Dehyphenator#LINE_END}
   * when the line starts with a letter; otherwise a final soft hyphen becomes a hyphen and the
   * line follows a space (none after a hyphen).
   *
   * @param hyphenated what {@link #endsHyphenated()} said before the line was appended
   */
  void join(String line, boolean hyphenated) {
    int n = text.length();
    if (hyphenated && !line.isEmpty() && Character.isLetter(line.codePointAt(0))) {
      text.setCharAt(n - 1, Dehyphenator.LINE_END);
    } else {
      int tail = Math.max(0, n - 3);
      if (text.indexOf("\u00AD", tail) >= 0) {
        String end = SOFT_HYPHEN_AT_END.matcher(text.substring(tail)).replaceAll("-");
        text.replace(tail, n, end);
      }
      if (!hyphenated) {
        text.append(' ');
      }
    }
    text.append(line);
    terminated |= hasLineTerminator(line);
  }

  /** The paragraph's text. */
  String text() {
    return text.toString();
  }

  /** Whether the text holds a character a regex's {@code .} does not match. */
  private static boolean hasLineTerminator(String s) {
    return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\u0085') >= 0
        || s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
  }
}
