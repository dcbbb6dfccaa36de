package org.polka.eval.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.polka.article.Abstract;
import org.polka.article.Article;

/**
 * The judged query sets, made from corpus records with a fixed seed, so the same records always
 * give the same queries: known-item queries (a title half-remembered) and keyword-judged queries.
 */
final class QuerySets {
  /** Languages the evaluation reports on. */
  static final List<String> LANGUAGES = List.of("ru", "en");
  /** Share of known-item queries with one typo. */
  static final double TYPO_SHARE = 0.15;
  /** Chance that a chosen word is typed in another form. */
  static final double OTHER_FORM_SHARE = 0.35;
  /** Chance that one word comes from the keywords or abstract rather than the title. */
  static final double NON_TITLE_SHARE = 0.2;
  /** Fewest and most records an author keyword may have to become a query. */
  static final int MIN_KEYWORD_RECORDS = 3;
  static final int MAX_KEYWORD_RECORDS = 50;

  private final long seed;
  private final int knownItemsPerLanguage;
  private final int keywordsPerLanguage;

  QuerySets(long seed, int knownItemsPerLanguage, int keywordsPerLanguage) {
    this.seed = seed;
    this.knownItemsPerLanguage = knownItemsPerLanguage;
    this.keywordsPerLanguage = keywordsPerLanguage;
  }

  /** All judged queries for the records: known-item then keyword, each by language. */
  List<JudgedQuery> build(List<Article> records) {
    List<JudgedQuery> out = new ArrayList<>();
    for (String language : LANGUAGES) {
      out.addAll(knownItems(records, language));
    }
    for (String language : LANGUAGES) {
      out.addAll(keywords(records, language));
    }
    return out;
  }

  /**
   * Known-item queries for records of the language whose title is unique and has at least two
   * content words in the language's script: 2–5 of those words, some in another form, the odd typo.
   */
  List<JudgedQuery> knownItems(List<Article> records, String language) {
    Map<String, Integer> titleCounts = new HashMap<>();
    records.stream().filter(a -> a.title() != null)
        .forEach(a -> titleCounts.merge(normal(a.title()), 1, Integer::sum));
    List<Article> eligible = new ArrayList<>(records.stream()
        .filter(a -> language.equals(a.language()) && a.title() != null && DocKey.of(a) != null)
        .filter(a -> titleCounts.get(normal(a.title())) == 1)
        .filter(a -> Words.content(a.title(), language).size() >= 2)
        .sorted(Comparator.comparing(a -> DocKey.of(a).toString()))
        .toList());
    Random random = new Random(seed ^ language.hashCode());
    Collections.shuffle(eligible, random);
    List<JudgedQuery> out = new ArrayList<>();
    for (Article a : eligible.subList(0, Math.min(knownItemsPerLanguage, eligible.size()))) {
      out.add(new JudgedQuery(JudgedQuery.Kind.KNOWN_ITEM, language, knownItemText(a, language,
          random), Set.of(DocKey.of(a))));
    }
    return out;
  }

  /** A half-remembered query: title words in title order, maybe one from elsewhere. */
  static String knownItemText(Article a, String language, Random random) {
    List<String> title = Words.content(a.title(), language);
    int want = Math.min(title.size(), 2 + random.nextInt(4));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < title.size(); i++) {
      positions.add(i);
    }
    Collections.shuffle(positions, random);
    List<Integer> chosen = new ArrayList<>(positions.subList(0, want));
    Collections.sort(chosen);
    List<String> words = new ArrayList<>(chosen.stream().map(title::get).toList());
    if (random.nextDouble() < NON_TITLE_SHARE) {
      List<String> other = elsewhere(a, language, title);
      if (!other.isEmpty() && words.size() > 2) {
        words.set(words.size() - 1, other.get(random.nextInt(other.size())));
      }
    }
    words.replaceAll(w -> random.nextDouble() < OTHER_FORM_SHARE
        ? WordForms.inflect(w, language, random) : w);
    if (random.nextDouble() < TYPO_SHARE) {
      int i = random.nextInt(words.size());
      words.set(i, WordForms.typo(words.get(i), random));
    }
    return String.join(" ", words);
  }

  /** Content words of the keywords, else the abstract, that are not in the title. */
  private static List<String> elsewhere(Article a, String language, List<String> title) {
    List<String> words = Words.content(String.join(" ", a.keywords()), language);
    if (words.isEmpty()) {
      words = Words.content(String.join(" ", a.abstracts().stream().map(Abstract::text).toList()),
          language);
    }
    return words.stream().filter(w -> !title.contains(w)).toList();
  }

  /**
   * Keyword-judged queries in the language (by the keyword's script): each author keyword that
   * between {@value #MIN_KEYWORD_RECORDS} and {@value #MAX_KEYWORD_RECORDS} records carry
   * (compared case-insensitively), with those records as the relevant set.
   */
  List<JudgedQuery> keywords(List<Article> records, String language) {
    Map<String, Set<DocKey>> carriers = new LinkedHashMap<>();
    Map<String, String> firstForm = new HashMap<>();
    for (Article a : records) {
      DocKey key = DocKey.of(a);
      if (key == null) {
        continue;
      }
      for (String k : a.keywords()) {
        String n = normal(k);
        if (language.equals(Words.scriptOf(n)) && !Words.content(n, language).isEmpty()) {
          carriers.computeIfAbsent(n, x -> new LinkedHashSet<>()).add(key);
          firstForm.putIfAbsent(n, k.strip().replaceAll("\\s+", " "));
        }
      }
    }
    List<String> chosen = new ArrayList<>(carriers.keySet().stream()
        .filter(k -> carriers.get(k).size() >= MIN_KEYWORD_RECORDS
            && carriers.get(k).size() <= MAX_KEYWORD_RECORDS)
        .sorted().toList());
    Collections.shuffle(chosen, new Random(seed ^ ("keyword-" + language).hashCode()));
    return chosen.subList(0, Math.min(keywordsPerLanguage, chosen.size())).stream()
        .map(k -> new JudgedQuery(JudgedQuery.Kind.KEYWORD, language, firstForm.get(k),
            carriers.get(k)))
        .toList();
  }

  /** Text compared case-insensitively with runs of white space made one space. */
  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
