package org.polka.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document's line breaks as printed and its text as repaired, for {@link BrokenWords}: the
 * hyphenated line ends, the words printed away from any line end, and the words of the text.
 */
final class LineBreaks {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Pattern HYPHEN_END = Pattern.compile(".*\\p{L}[-\u00AD\u2010]$");
  private static final Pattern SPACED_HYPHEN = Pattern.compile(
      "(?<!\\p{L})(\\p{L}*\\p{Ll}\\p{Ll})- (\\p{Ll}{2,})(?!\\p{L})");
  private static final Set<String> CONJUNCTIONS = Set.of(
      "and", "or", "nor", "und", "oder", "bzw", "sowie", "et", "ou", "и", "или", "а");

  /** The errors found so far, by kind, and how many breaks were judged or not. */
  static final class Errors {
    final List<String> leftBroken = new ArrayList<>();
    final List<String> wronglyJoined = new ArrayList<>();
    final List<String> spaced = new ArrayList<>();
    final List<String> split = new ArrayList<>();
    int judged;
    int unjudged;

    int count() {
      return leftBroken.size() + wronglyJoined.size() + spaced.size() + split.size();
    }
  }

  private final String name;
  private final Map<String, Integer> breaks = new HashMap<>();
  private final Set<String> acrossLines = new HashSet<>();
  private final Map<String, Integer> printed = new HashMap<>();
  private final Map<String, Integer> output = new HashMap<>();
  private final List<String> outputTokens;
  private final String text;

  LineBreaks(String name, List<String> bodyLines, List<String> noteLines, String text) {
    this.name = name;
    this.text = text;
    read(bodyLines);
    read(noteLines);
    outputTokens = tokens(text);
    outputTokens.forEach(w -> output.merge(w, 1, Integer::sum));
  }

  /** The words printed away from line-end hyphens, with their counts. */
  Map<String, Integer> printed() {
    return printed;
  }

  /** The words of the repaired text, with their counts. */
  Map<String, Integer> output() {
    return output;
  }

  int words() {
    return outputTokens.size();
  }

  private void read(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      List<String> tokens = tokens(lines.get(i));
      boolean broken = i + 1 < lines.size() && hyphenBreak(lines.get(i), lines.get(i + 1));
      boolean continues = i > 0 && hyphenBreak(lines.get(i - 1), lines.get(i));
      for (int t = continues ? 1 : 0; t < tokens.size() - (broken ? 1 : 0); t++) {
        printed.merge(tokens.get(t), 1, Integer::sum);
      }
      List<String> next = i + 1 < lines.size() ? tokens(lines.get(i + 1)) : List.of();
      if (!tokens.isEmpty() && !next.isEmpty()) {
        String pair = tokens.getLast() + " " + next.getFirst();
        if (broken) {
          breaks.merge(pair, 1, Integer::sum);
        }
        acrossLines.add(pair);
      }
    }
  }

  private static boolean hyphenBreak(String line, String next) {
    String n = next.strip();
    return HYPHEN_END.matcher(line.strip()).matches() && !n.isEmpty() && Character.isLetter(n.codePointAt(0));
  }

  /**
   * Adds this document's errors: each hyphenated line end judged by the spelling used away from
   * line ends here ({@link #printed}), else in the dataset ({@code dataset}).
   */
  void judge(Map<String, Integer> dataset, Map<String, Integer> vocabulary, Errors errors) {
    breaks.forEach((pair, n) -> {
      String[] parts = pair.split(" ");
      String joined = parts[0] + parts[1];
      String hyphenated = parts[0] + "-" + parts[1];
      int j = printed.getOrDefault(joined, 0);
      int h = printed.getOrDefault(hyphenated, 0);
      if (j + h == 0) {
        j = dataset.getOrDefault(joined, 0);
        h = dataset.getOrDefault(hyphenated, 0);
      }
      if (j == h) {
        errors.unjudged += n;
        return;
      }
      errors.judged += n;
      String right = j > h ? joined : hyphenated;
      int missing = printed.getOrDefault(right, 0) + n - output.getOrDefault(right, 0);
      for (int k = 0; k < Math.min(n, missing); k++) {
        (j > h ? errors.leftBroken : errors.wronglyJoined).add(parts[0] + "-" + parts[1] + " (" + name + ")");
      }
    });
    Matcher m = SPACED_HYPHEN.matcher(text);
    while (m.find()) {
      if (!CONJUNCTIONS.contains(m.group(2))) {
        errors.spaced.add(m.group() + " (" + name + ")");
      }
    }
    for (int i = 0; i + 1 < outputTokens.size(); i++) {
      String t = outputTokens.get(i);
      String next = outputTokens.get(i + 1);
      if (acrossLines.contains(t + " " + next) && vocabulary.getOrDefault(t, 0) == 1 && vocabulary.getOrDefault(next, 0) == 1
          && vocabulary.getOrDefault(t + next, 0) >= 2) {
        errors.split.add(t + " " + next + " (" + name + ")");
      }
    }
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
