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
 * when the text only uses those, as for "CIS"); a phrase without such evidence is title-cased
 * (Latin) or lower-cased (Cyrillic). Keywords the page already prints in lower case are kept.
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
    String words = Arrays.stream(keyword.split(" ")).map(Pattern::quote)
        .collect(Collectors.joining("\\s+"));
    Pattern phrase = Pattern.compile("(?<![\\p{L}\\d])" + words + "(?![\\p{L}\\d])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Map<String, Integer> mixed = new HashMap<>();
    boolean capitals = false;
    for (String source : List.of(names, text)) {
      Matcher m = phrase.matcher(source);
      while (m.find()) {
        String form = m.group().replaceAll("\\s+", " ");
        if (isMixedCase(form) && (source == names || !sentenceInitial(source, m.start()))) {
          mixed.merge(form, 1, Integer::sum);
        } else {
          capitals |= form.equals(form.toUpperCase(Locale.ROOT));
        }
      }
    }
    if (!mixed.isEmpty()) {
      return mixed.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
    return capitals ? keyword.toUpperCase(Locale.ROOT) : fallback(keyword);
  }

  private static boolean sentenceInitial(String source, int at) {
    int lineStart = source.lastIndexOf('\n', at - 1) + 1;
    int from = Math.max(lineStart, at - LOOK_BACK);
    String before = source.substring(from, at);
    return SENTENCE_END.matcher(before).find()
        || (from == lineStart && LINE_START.matcher(before).matches());
  }

  private static String fallback(String keyword) {
    String lower = keyword.toLowerCase(Locale.ROOT);
    if (lower.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)) {
      return lower;
    }
    String[] words = lower.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (i == 0 || !SMALL_WORDS.contains(words[i])) {
        words[i] = ArticleHead.restoreCase(words[i]);
      }
    }
    return String.join(" ", words);
  }

  private static boolean isMixedCase(String s) {
    return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().anyMatch(Character::isUpperCase);
  }
}
