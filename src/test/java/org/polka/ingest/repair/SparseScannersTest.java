package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written and pre-filtered scanners of the word repairs give what the full regex scans
 * they replace give, on edge cases and on many random texts built from the characters that matter
 * (letters of every category, supplementary and lone surrogates, combining marks, digits, years,
 * hyphens, line-end marks, apostrophes, spaces).
 */
class SparseScannersTest {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*");
  private static final String[] PIECES = {
      "a", "b", "Z", "s", "t", "re", "ll", "th", "ies", "of", "я", "Ё", "в", "ǅ", "ʰ", "中",
      "\u0301", "\u0903", "\u20DD", "𝐚", "𝐀", "😀", "\uD835", "\uDC1A", "0", "1", "2", "5", "9",
      "1998", "2004", "1500", "2099", "3000", "-", "-", "\uE000", "\uE000", " ", " ", "\n", "\t",
      "’", "'", "\u00AD", ".", ",", "Σ", "ΑΣ", "İ", "ς", "I", "Ǆ"};

  @Test
  void edgeCasesAtTheTextsStartAndEnd() {
    for (String text : List.of("", "a", "-", "\uE000", "1998", "of1998", "1998th", "a-", "-a",
        "a-b", "a- b", "a\uE000b", "\uE000b", "a\uE000", "x’ s", "’ s", "a’ ", "𝐚1998", "𝐚𝐚1998",
        "1998𝐚𝐚", "𝐚-𝐚", "ΑΣ-ΒΣ ΑΣ", "İ-i İ", "a-b-c-d a-b a-b-c", "Ab-cD AB", "𝐚\uE000𝐚", "𝐚’ s", "\uDC1Aa-b", "a\u0301-b\u0301", "a-b-c", "1998ab-cd")) {
      assertSameAsRegex(text);
    }
  }

  @Test
  void randomTextsGiveWhatTheRegexesGive() {
    Random random = new Random(20261203);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(24);
      for (int i = 0; i < pieces; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertSameAsRegex(sb.toString());
    }
  }

  @Test
  void tokensAreTheRegexsMatches() {
    assertThat(tokens("Vimm-Bil-Dan, a-, -b, 𝐚𝐛-c\u0301 x\uDC1Ay"))
        .containsExactly("Vimm-Bil-Dan", "a", "b", "𝐚𝐛-c\u0301", "x", "y");
  }

  private static void assertSameAsRegex(String text) {
    assertThat(tokens(text)).as("tokens of %s", escaped(text)).isEqualTo(regexTokens(text));
    assertThat(GluedWords.repair(text)).as("glued words in %s", escaped(text))
        .isEqualTo(oldGluedWords(text));
    Dehyphenator learnt = Dehyphenator.learnFrom(text, Lexicon.empty());
    List<Map<String, Integer>> counts = oldCounts(text);
    assertThat(learnt.wordCounts()).as("words of %s", escaped(text)).isEqualTo(counts.get(0));
    assertThat(learnt.compoundCounts()).as("compounds of %s", escaped(text))
        .isEqualTo(counts.get(1));
    assertThat(Dehyphenator.withoutMarkedWords(text)).as("marked words in %s", escaped(text))
        .isEqualTo(Dehyphenator.MARKED.matcher(text).replaceAll(" "));
    Function<MatchResult, String> groups = m -> "<" + m.group(1) + "|" + m.group(2) + "|"
        + m.group(3) + ">";
    assertThat(Dehyphenator.replacePairs(Dehyphenator.PAIR, '-', text, groups))
        .as("pairs in %s", escaped(text)).isEqualTo(regexReplace(Dehyphenator.PAIR, text, groups));
    assertThat(Dehyphenator.replacePairs(Dehyphenator.MARKED_PAIR, Dehyphenator.LINE_END, text,
        groups)).as("marked pairs in %s", escaped(text))
        .isEqualTo(regexReplace(Dehyphenator.MARKED_PAIR, text, groups));
  }

  /** The words and compounds Dehyphenator.learnFrom counted before it had its own scanners. */
  private static List<Map<String, Integer>> oldCounts(String text) {
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> compounds = new HashMap<>();
    Matcher m = TOKEN.matcher(Dehyphenator.MARKED.matcher(text).replaceAll(" "));
    while (m.find()) {
      String token = m.group().toLowerCase(Locale.ROOT);
      String[] parts = token.split("-");
      if (parts.length == 1) {
        words.merge(token, 1, Integer::sum);
      }
      for (int i = 0; i + 1 < parts.length; i++) {
        compounds.merge(parts[i] + "-" + parts[i + 1], 1, Integer::sum);
      }
    }
    return List.of(words, compounds);
  }

  /** GluedWords.repair as it was before its scans were pre-filtered. */
  private static String oldGluedWords(String text) {
    String out = GluedWords.WORD_YEAR.matcher(text).replaceAll("$1 $2");
    Matcher m = GluedWords.YEAR_WORD.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = List.of("th", "st", "nd", "rd", "ies", "ties").contains(m.group(2))
          ? m.group() : m.group(1) + " " + m.group(2);
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return GluedWords.APOSTROPHE_SPACE.matcher(sb.toString()).replaceAll("$1$2$3");
  }

  private static String regexReplace(Pattern p, String text, Function<MatchResult, String> f) {
    return p.matcher(text).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    WordTokens.forEach(text, out::add);
    return out;
  }

  private static List<String> regexTokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(c < 128 && c >= 32 ? String.valueOf((char) c)
        : String.format("\\u%04X", c)));
    return sb.toString();
  }
}
