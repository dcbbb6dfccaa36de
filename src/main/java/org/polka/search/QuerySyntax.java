package org.polka.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader's query language rewritten into what Solr's edismax parser reads: year ranges as
 * {@code year:2000-2010}, language names after {@code lang:}, {@code year:}, {@code lang:} and
 * {@code doi:} made required (they narrow, like filters), literal slashes, and wildcards held to
 * their limits. Quoted phrases are left as they are.
 */
final class QuerySyntax {
  /** Fewest letters or digits before the first wildcard of a word. */
  static final int MIN_WILDCARD_PREFIX = 3;
  /** Most wildcard words in one query. */
  static final int MAX_WILDCARD_WORDS = 3;

  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?i)\\byear:(\\d{1,4})\\s*(?:-|–|\\.\\.)\\s*(\\d{1,4})\\b");
  private static final Pattern LANG = Pattern.compile("(?i)\\blang(?:uage)?:(\\p{L}+)");
  private static final Map<String, String> LANGUAGE_NAMES = Map.of(
      "russian", "ru", "русский", "ru", "рус", "ru",
      "english", "en", "английский", "en", "англ", "en");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern TRAILING_QUESTION_MARKS = Pattern.compile("(?<!\\\\)\\?+$");
  /** Filter-like prefixes without an operator of their own: they become required. */
  private static final Pattern FILTER = Pattern.compile("(?i)(^|[\\s(])(?<!NOT\\s)(year|lang|language|doi):");

  private QuerySyntax() {}

  /** A rewritten query and what the reader should be told about the rewriting. */
  record Rewritten(String text, List<String> notices) {}

  /** Whether the text uses the OR operator outside quoted phrases. */
  static boolean hasOr(String text) {
    String outside = text.replaceAll("\"[^\"]*\"", " ");
    return outside.matches("(?s).*(^|[\\s(])(OR|\\|\\|)[\\s(].*");
  }

  /** Rewrites the text outside quoted phrases. */
  static Rewritten rewrite(String text) {
    List<String> notices = new ArrayList<>();
    int[] wildcards = {0};
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      if (end || (text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\'))) {
        String part = text.substring(start, i);
        out.append(quoted ? part : outsideQuotes(part, notices, wildcards));
        if (!end) {
          out.append('"');
        }
        quoted = !quoted;
        start = i + 1;
      }
    }
    return new Rewritten(literalSlashes(out.toString()), notices);
  }

  /** The text with unescaped slashes escaped: readers type "A/B", not regular expressions. */
  static String literalSlashes(String text) {
    return text.replaceAll("(?<!\\\\)/", "\\\\/");
  }

  private static String outsideQuotes(String part, List<String> notices, int[] wildcards) {
    String s = YEAR_RANGE.matcher(part).replaceAll("year:[$1 TO $2]");
    Matcher lang = LANG.matcher(s);
    s = lang.replaceAll(m -> "lang:" + Matcher.quoteReplacement(language(m.group(1))));
    s = FILTER.matcher(s).replaceAll("$1+$2:");
    Matcher word = WORD.matcher(s);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      word.appendReplacement(out, Matcher.quoteReplacement(wildcard(word.group(), notices,
          wildcards)));
    }
    word.appendTail(out);
    return out.toString();
  }

  private static String language(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return LANGUAGE_NAMES.getOrDefault(n, n);
  }

  /**
   * The word, or the word without wildcards when it breaks a limit (with a notice); question marks
   * ending a word ("what is it?") are punctuation and dropped.
   */
  private static String wildcard(String typed, List<String> notices, int[] wildcards) {
    String word = TRAILING_QUESTION_MARKS.matcher(typed).replaceAll("");
    int first = firstWildcard(word);
    if (first < 0 || word.startsWith("[") || word.endsWith("]")) {
      return word;
    }
    String term = word.substring(word.indexOf(':') + 1, first).replaceAll("^[-+(]+", "");
    String plain = word.replaceAll("(?<!\\\\)[*?]", "");
    if (term.codePoints().filter(Character::isLetterOrDigit).count() < MIN_WILDCARD_PREFIX) {
      notices.add(("The wildcard in \"%s\" was ignored: a wildcard needs at least %d letters "
          + "before it.").formatted(word, MIN_WILDCARD_PREFIX));
      return plain;
    }
    if (++wildcards[0] > MAX_WILDCARD_WORDS) {
      notices.add("The wildcard in \"%s\" was ignored: at most %d words may have wildcards."
          .formatted(word, MAX_WILDCARD_WORDS));
      return plain;
    }
    return word;
  }

  private static int firstWildcard(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?') {
        return i;
      }
    }
    return -1;
  }
}
