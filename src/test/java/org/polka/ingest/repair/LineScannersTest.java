package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The line tests of {@link FlatText} and {@link RunningHeaders}, written without regexes, give
 * what the regexes they replace give: on edge cases and on many random lines built from the
 * characters that matter (line terminators, hyphens, soft hyphens, closing punctuation, letters of
 * every case, supplementary and lone surrogates, white space).
 */
class LineScannersTest {
  private static final List<Pattern> INJECTED = List.of(
      Pattern.compile("(?i).*Попробуйте сервис подбора литературы.*"),
      Pattern.compile("(?i).*cyberleninka\\.ru.*"));
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…»\"”)]$");
  private static final Pattern CONTINUES = Pattern.compile("^[\\p{Ll}(«\"„].*");
  private static final Pattern LINE_END_HYPHEN = Pattern.compile(".*[\\p{L}\\d][-\u00AD]$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String[] PIECES = {
      "a", "Z", "я", "Я", "𝐚", "𝐀", "\uD835", "\uDC1A", "1", "x", " ", "  ", "\t", "\u000B", "\f",
      "\u00A0", "\u2003", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "-", "\u00AD", ".", "!",
      ")", "”", "…", "»", "(", "«", "\"", "„", "Попробуйте сервис подбора литературы",
      "CyberLeninka.RU", "cyberleninka.ru", "cyber\u212Aeninka.ru", "İ"};

  @Test
  void edgeCases() {
    for (String line : List.of("", "-", "a-", "𝐚-", "\uDC1A-", "1\u00AD", "a.", "a.\n", "\na.",
        "ab\u00AD\u0085", "x\u00AD\r\n", "x\u00AD\n", "b", "(", "\u2028b", "b\u2028",
        "cyberleninka.ru", "xcyberleninka.ruy", "CYBERLENINKA.RU", "cyberleninka.ru\n")) {
      assertSameAsRegex(line);
    }
  }

  @Test
  void randomLinesGiveWhatTheRegexesGive() {
    Random random = new Random(20261203);
    for (int round = 0; round < 30_000; round++) {
      assertSameAsRegex(randomLine(random));
    }
  }

  @Test
  void randomDocumentsAreRejoinedAsBefore() {
    Random random = new Random(42);
    for (int round = 0; round < 5_000; round++) {
      List<String> lines = new ArrayList<>();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        lines.add(randomLine(random));
      }
      assertThat(FlatText.rejoin(lines)).as("rejoined %s", lines).isEqualTo(oldRejoin(lines));
    }
  }

  @Test
  void randomDocumentsLoseTheSameRunningHeaders() {
    Random random = new Random(11);
    String[] pool = {"Vol. 3", "vol.3", "VOL. 3 ", "\u2003Vol. 3", "12", "- 7 -", "x".repeat(79),
        "x ".repeat(60), "X".repeat(81), "x".repeat(90), "İ".repeat(50), "i\u0307".repeat(50),
        "𝐀".repeat(45), "A text line that is long enough not to be any header, by far and wide."};
    for (int round = 0; round < 5_000; round++) {
      List<String> lines = new ArrayList<>();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        lines.add(random.nextInt(3) == 0 ? randomLine(random) : pool[random.nextInt(pool.length)]);
      }
      RunningHeaders filtered = RunningHeaders.filter(lines);
      List<List<String>> old = oldRunningHeaders(lines);
      assertThat(filtered.kept()).as("kept of %s", lines).isEqualTo(old.get(0));
      assertThat(filtered.dropped()).as("dropped of %s", lines).isEqualTo(old.get(1));
    }
  }

  private static void assertSameAsRegex(String line) {
    assertThat(FlatText.hostInjected(line)).as("injected %s", line)
        .isEqualTo(INJECTED.stream().anyMatch(p -> p.matcher(line).matches()));
    assertThat(RunningHeaders.key(line)).as("key of %s", line).isEqualTo(oldKey(line));
    assertThat(OpenParagraph.continues(line)).as("continues %s", line)
        .isEqualTo(CONTINUES.matcher(line).matches());
    OpenParagraph paragraph = new OpenParagraph(line);
    assertThat(paragraph.endsSentence()).as("ends a sentence: %s", line)
        .isEqualTo(SENTENCE_END.matcher(line).matches());
    assertThat(paragraph.endsHyphenated()).as("ends hyphenated: %s", line)
        .isEqualTo(LINE_END_HYPHEN.matcher(line).matches());
  }

  private static String randomLine(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(10);
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  /** RunningHeaders.filter as it was: kept lines, then the distinct dropped ones. */
  private static List<List<String>> oldRunningHeaders(List<String> lines) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    lines.forEach(l -> counts.merge(oldKey(l), 1, Integer::sum));
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String line : lines) {
      String s = line.strip();
      boolean repeated = s.length() <= 80 && counts.get(oldKey(line)) >= 3;
      if (s.matches("[-–—\\s]*\\d{1,4}[-–—\\s]*") || repeated) {
        dropped.add(s);
      } else {
        kept.add(line);
      }
    }
    return List.of(kept, dropped.stream().distinct().toList());
  }

  private static String oldKey(String line) {
    return WHITESPACE.matcher(line).replaceAll("").toLowerCase(java.util.Locale.ROOT);
  }

  /** FlatText's line joining as it was, matching the regexes on the whole paragraph each time. */
  private static List<String> oldRejoin(List<String> lines) {
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
