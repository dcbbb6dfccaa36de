package org.polka.eval.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A typesetter's line breaking applied to clean text, to make damaged text with a known answer:
 * paragraphs wrapped at a fixed width, long words that cross the margin split with a hyphen, and
 * words with a hyphen of their own broken at that hyphen (as typesetters do).
 *
 * <p>{@link Style#PRINTED_LINES} keeps each printed line apart, as a PDF extractor gives them;
 * {@link Style#FLATTENED} joins the lines of a paragraph with spaces, as CyberLeninka's texts do
 * ("сло- во").
 */
final class LineBreakDamage {
  /** How the printed lines reach the repair. */
  enum Style { PRINTED_LINES, FLATTENED }

  private static final int WIDTH = 64;
  private static final int MIN_SPLIT_LENGTH = 6;

  private final Random random;
  private int breaks;

  LineBreakDamage(long seed) {
    this.random = new Random(seed);
  }

  /** How many words have been split at a line end so far. */
  int breaks() {
    return breaks;
  }

  /** The damaged lines for the paragraphs, in the given style. */
  List<String> damage(List<String> paragraphs, Style style) {
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      List<String> lines = wrap(paragraph);
      if (style == Style.FLATTENED) {
        out.add(String.join(" ", lines));
      } else {
        out.addAll(lines);
      }
    }
    return out;
  }

  private List<String> wrap(String paragraph) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.strip().split("\\s+")) {
      int room = WIDTH - line.length() - (line.isEmpty() ? 0 : 1);
      if (word.length() <= room || line.isEmpty()) {
        append(line, word);
        continue;
      }
      int split = splitPoint(word, room);
      if (split > 0) {
        boolean ownHyphen = word.charAt(split - 1) == '-';
        append(line, word.substring(0, split) + (ownHyphen ? "" : "-"));
        lines.add(line.toString());
        line.setLength(0);
        line.append(word.substring(split));
        breaks++;
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Where to split a word that does not fit in {@code room} characters (the index after the
   * first part's last character), or 0 to move it whole to the next line.
   */
  private int splitPoint(String word, int room) {
    int hyphen = word.indexOf('-');
    if (hyphen >= 2 && hyphen + 1 < room && hyphen < word.length() - 2) {
      return hyphen + 1;
    }
    if (hyphen >= 0 || word.length() < MIN_SPLIT_LENGTH || !word.chars().allMatch(Character::isLetter)) {
      return 0;
    }
    int max = Math.min(room - 1, word.length() - 2);
    if (max < 2) {
      return 0;
    }
    return 2 + random.nextInt(max - 1);
  }

  private static void append(StringBuilder line, String word) {
    if (!line.isEmpty()) {
      line.append(' ');
    }
    line.append(word);
  }
}
