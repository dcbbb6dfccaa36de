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
  /** The text of the line CyberLeninka injects into every article it serves. */
  private static final String ADVERT = "Попробуйте сервис подбора литературы";
  private static final String HOST = "cyberleninka.ru";
  /** Lines a host adds to every article it serves; none of them is the author's text. */
  private static final Pattern ADVERT_LINE = Pattern.compile("(?i).*" + ADVERT + ".*");
  private static final Pattern HOST_LINE = Pattern.compile("(?i).*cyberleninka\\.ru.*");

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
      if (hostInjected(line)) {
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
   * Whether a host injected the line ({@link #ADVERT_LINE} or {@link #HOST_LINE} matches it); the
   * patterns run only on lines that hold their text (the ASCII one in any case).
   */
  static boolean hostInjected(String line) {
    return line.contains(ADVERT) && ADVERT_LINE.matcher(line).matches()
        || mentionsHost(line) && HOST_LINE.matcher(line).matches();
  }

  private static boolean mentionsHost(String line) {
    int dot = HOST.indexOf('.');
    for (int i = line.indexOf('.', dot); i >= 0; i = line.indexOf('.', i + 1)) {
      if (line.regionMatches(true, i - dot, HOST, 0, HOST.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lines joined where a line or page break cut a sentence: the line ends with a hyphen, or with
   * no closing punctuation before a line that starts in lower case.
   */
  static List<String> rejoin(List<String> lines) {
    List<String> out = new ArrayList<>();
    OpenParagraph open = null;
    for (String line : lines) {
      String s = line.strip();
      boolean hyphenated = open != null && open.endsHyphenated();
      if (open != null && (hyphenated || !open.endsSentence() && OpenParagraph.continues(s))) {
        open.join(s, hyphenated);
      } else {
        if (open != null) {
          out.add(open.text());
        }
        open = new OpenParagraph(s);
      }
    }
    if (open != null) {
      out.add(open.text());
    }
    return out;
  }
}
