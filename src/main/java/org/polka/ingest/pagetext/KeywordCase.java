package org.polka.ingest.pagetext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The readable form of keywords the page prints in capitals ("CENTRAL ASIA!" gives "Central Asia").
 *
 * <p>Stray punctuation is trimmed; the case is taken from the way the author names or the article
 * text write the phrase (the most frequent mixed-case form not at a sentence start, else capitals
 * when the text only uses those, as for "CIS"), else word by word from the text ("Russian policy
 * in Central Asia"); words the text never uses are capitalised (Latin, except small words such as
 * "of") or lower-cased (Cyrillic). Keywords the page already prints in lower case are kept.
 */
final class KeywordCase {
  private static final Set<String> SMALL_WORDS = Set.of(
      "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as");
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s&&[^)\\]]]+$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\\s\"“”«»'‘’(\\[]*$");
  private static final Pattern LINE_START = Pattern.compile("[\\s\"“”«»'‘’(\\[]*");
  private static final int LOOK_BACK = 8;

  private final String names;
  private final String text;

  /**
   * Keyword casing looked up in names (author names, trusted wherever they stand) and in text
   * (title, headings, paragraphs: one per line), where a sentence-initial capital proves nothing.
   */
  KeywordCase(List<String> names, String text) {
    this.names = String.join("\n", names);
    this.text = text;
  }

  /** The keywords cleaned and cased, empty ones and repeats dropped. */
  List<String> apply(List<String> raw) {
    var out = new ArrayList<String>();
    for (String k : raw) {
      String clean = EDGE_PUNCTUATION.matcher(k.strip()).replaceAll("").replaceAll("\\s+", " ");
      if (clean.isEmpty()) {
        continue;
      }
      String cased = clean.codePoints().anyMatch(Character::isLowerCase) ? clean : restore(clean);
      if (out.stream().noneMatch(cased::equalsIgnoreCase)) {
        out.add(cased);
      }
    }
    return out;
  }

  private String restore(String keyword) {
    Map<String, Integer> phrase = forms(keyword);
    var mixed = phrase.entrySet().stream().filter(e -> isMixedCase(e.getKey())).toList();
    if (!mixed.isEmpty()) {
      return mixed.stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
    if (phrase.keySet().stream().anyMatch(f -> f.equals(f.toUpperCase(Locale.ROOT)))) {
      return keyword.toUpperCase(Locale.ROOT);
    }
    String[] words = keyword.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      words[i] = forms(word).entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElseGet(() -> fallback(word, words.length == 1 || !SMALL_WORDS.contains(
              word.toLowerCase(Locale.ROOT))));
    }
    return String.join(" ", words);
  }

  /** How often each spelling of the phrase occurs in the names, and mid-sentence in the text. */
  private Map<String, Integer> forms(String phrase) {
    String words = Arrays.stream(phrase.split(" ")).map(Pattern::quote)
        .collect(Collectors.joining("\\s+"));
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])" + words + "(?![\\p{L}\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Map<String, Integer> counts = new HashMap<>();
    for (String source : List.of(names, text)) {
      Matcher m = pattern.matcher(source);
      while (m.find()) {
        if (source == names || !sentenceInitial(source, m.start())) {
          counts.merge(m.group().replaceAll("\\s+", " "), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private static boolean sentenceInitial(String source, int at) {
    int lineStart = source.lastIndexOf('\n', at - 1) + 1;
    int from = Math.max(lineStart, at - LOOK_BACK);
    String before = source.substring(from, at);
    return SENTENCE_END.matcher(before).find()
        || (from == lineStart && LINE_START.matcher(before).matches());
  }

  /** A word the text never uses mid-sentence: Cyrillic in lower case, Latin capitalised if asked. */
  private static String fallback(String word, boolean capitalise) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean cyrillic = lower.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    return cyrillic || !capitalise ? lower : ArticleHead.restoreCase(lower);
  }

  private static boolean isMixedCase(String s) {
    return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().anyMatch(Character::isUpperCase);
  }
}
