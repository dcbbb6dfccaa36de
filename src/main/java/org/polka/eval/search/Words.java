package org.polka.eval.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Word-level text helpers for building queries: splitting into words, telling the script of a word,
 * and keeping the content words of a language (letters only, three or more, not a stop word).
 */
final class Words {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}-]+");
  private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}-]+");
  private static final CharArraySet RUSSIAN_STOP = RussianAnalyzer.getDefaultStopSet();
  private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  /** Words a title carries that no one types to find a paper, in both languages. */
  private static final List<String> FILLER = List.of("about", "also", "based", "between", "from",
      "into", "its", "their", "under", "using", "within", "which", "whose", "some", "other", "than",
      "this", "those", "these", "when", "where", "what", "how", "our", "new", "via", "who", "has",
      "have", "been", "were", "are", "was", "all", "can", "may", "more", "most", "one", "two",
      "you", "your", "his", "her", "she", "they", "them", "not", "why", "should", "would", "could",
      "must", "being", "over", "after", "before", "during", "toward", "towards", "across", "among",
      "upon", "per", "versus", "does", "did",
      "для", "при", "как", "его", "это", "этой", "этих", "том", "под", "над", "без", "через",
      "между", "также", "так", "или", "что", "ее", "их", "они", "она", "оно");

  private Words() {}

  /** The words of the text, lower-cased, in order (hyphenated words stay one word). */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The distinct content words of the text in the language ("ru" or "en"), in order. */
  static List<String> content(String text, String language) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String w : split(text)) {
      if (isContent(w, language)) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  /** Whether the word is a content word: the language's script, 3+ letters, not a stop word. */
  static boolean isContent(String word, String language) {
    return word.length() >= 3 && inScript(word, language) && !isStop(word);
  }

  /** Whether the lower-case word is a stop word in either language. */
  static boolean isStop(String word) {
    return RUSSIAN_STOP.contains(word) || ENGLISH_STOP.contains(word) || FILLER.contains(word);
  }

  /** Whether the word is written in the language's script: Cyrillic for "ru", Latin for "en". */
  static boolean inScript(String word, String language) {
    return switch (language) {
      case "ru" -> CYRILLIC.matcher(word).matches();
      case "en" -> LATIN.matcher(word).matches();
      default -> false;
    };
  }

  /** The language whose script the text is in ("ru", "en"); null when mixed or neither. */
  static String scriptOf(String text) {
    List<String> words = split(text);
    if (words.isEmpty()) {
      return null;
    }
    for (String language : List.of("ru", "en")) {
      if (words.stream().allMatch(w -> inScript(w, language))) {
        return language;
      }
    }
    return null;
  }
}
