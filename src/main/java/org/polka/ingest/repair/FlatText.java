package org.polka.ingest.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A full text as an extractor flattened it into lines, repaired: page numbers, running headers and
 * lines a host injected (CyberLeninka's "Не можете найти то, что вам нужно?…") dropped; paragraphs
 * that a page break cut rejoined; broken and glued words repaired.
 *
 * @param paragraphs the repaired paragraphs, in order
 * @param warnings what was dropped or guessed, for the record's warnings
 */
public record FlatText(List<String> paragraphs, List<String> warnings) {
  /** Lines a host adds to every article it serves; none of them is the author's text. */
  private static final List<Pattern> INJECTED = List.of(
      Pattern.compile("(?i).*Попробуйте сервис подбора литературы.*"),
      Pattern.compile("(?i).*cyberleninka\\.ru.*"));
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…»\"”)]$");
  private static final Pattern CONTINUES = Pattern.compile("^[\\p{Ll}(«\"„].*");
  private static final Pattern LINE_END_HYPHEN = Pattern.compile(".*[\\p{L}\\d][-\u00AD]$");

  public FlatText {
    paragraphs = List.copyOf(paragraphs);
    warnings = List.copyOf(warnings);
  }

  /** The repaired text of the given lines (one paragraph or one printed line each). */
  public static FlatText repair(List<String> lines, Lexicon lexicon) {
    List<String> warnings = new ArrayList<>();
    List<String> text = new ArrayList<>();
    int injected = 0;
    for (String line : lines) {
      if (INJECTED.stream().anyMatch(p -> p.matcher(line).matches())) {
        injected++;
      } else {
        text.add(line);
      }
    }
    if (injected > 0) {
      warnings.add("dropped " + injected + " line(s) the host injected (advertising)");
    }
    RunningHeaders furniture = RunningHeaders.filter(text);
    if (!furniture.dropped().isEmpty()) {
      warnings.add("dropped page numbers and running headers: " + String.join(" | ", furniture.dropped()));
    }
    List<String> joined = rejoin(furniture.kept());
    WordRepairs words = WordRepairs.forDocument(joined, lexicon);
    List<String> paragraphs = joined.stream().map(words).toList();
    if (words.warning() != null) {
      warnings.add(words.warning());
    }
    return new FlatText(paragraphs, warnings);
  }

  /**
   * Lines joined where a line or page break cut a sentence: the line ends with a hyphen, or with
   * no closing punctuation before a line that starts in lower case.
   */
  private static List<String> rejoin(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      int last = out.size() - 1;
      String prev = last < 0 ? "" : out.get(last);
      boolean hyphenated = LINE_END_HYPHEN.matcher(prev).matches();
      if (last >= 0 && (hyphenated
          || !SENTENCE_END.matcher(prev).matches() && CONTINUES.matcher(s).matches())) {
        boolean broken = hyphenated && !s.isEmpty() && Character.isLetter(s.codePointAt(0));
        String before = broken ? prev.substring(0, prev.length() - 1) + Dehyphenator.LINE_END
            : prev.replaceAll("\u00AD$", "-") + (hyphenated ? "" : " ");
        out.set(last, before + s);
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
