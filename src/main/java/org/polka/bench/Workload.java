package org.polka.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.polka.article.Article;
import org.polka.search.SearchQuery;

/**
 * A fixed mixed search workload made from stored articles with a seed: in turn, two or three title
 * words; a quoted two-word phrase from an abstract; title words filtered by the article's language;
 * title words filtered by its discipline and year; an author keyword as a phrase. Every search asks
 * for ten hits with highlighting and all facets, as the search API does.
 */
public final class Workload {
  /** The kinds of query, in the order they take turns. */
  public enum Kind { WORDS, PHRASE, WORDS_LANGUAGE, WORDS_DISCIPLINE_YEAR, KEYWORD }

  /** One search of the workload: its kind, the query text and the filters by facet field. */
  public record Search(Kind kind, String text, Map<String, List<String>> filters) {
    /** The index query (first page of ten, by relevance). */
    public SearchQuery query() {
      return new SearchQuery(text, filters, SearchQuery.Sort.RELEVANCE, 1, 10);
    }

    /** The path and query string of the same search in the HTTP API. */
    public String apiPath() {
      StringBuilder b = new StringBuilder("/api/search?size=10&q=").append(encode(text));
      filters.forEach((f, values) -> values.forEach(v -> b.append('&').append(f).append('=')
          .append(encode(v))));
      return b.toString();
    }
  }

  private Workload() {}

  /**
   * Up to {@code n} searches from the articles (the source of their words and filters), chosen with
   * the seed; a kind that an article cannot give (no abstract, no keywords…) is made from the next.
   */
  public static List<Search> of(List<Article> articles, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Search> out = new ArrayList<>();
    Kind[] kinds = Kind.values();
    int misses = 0;
    while (out.size() < n && !articles.isEmpty() && misses < 100 * n + 1000) {
      Kind kind = kinds[out.size() % kinds.length];
      Search s = make(kind, articles.get(random.nextInt(articles.size())), random);
      if (s == null) {
        misses++;
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static Search make(Kind kind, Article a, SplittableRandom random) {
    return switch (kind) {
      case WORDS -> words(a.title(), random, kind, Map.of());
      case PHRASE -> {
        String[] w = words(a.mainAbstract());
        if (w.length < 2) {
          yield null;
        }
        int at = random.nextInt(w.length - 1);
        yield new Search(kind, "\"" + w[at] + " " + w[at + 1] + "\"", Map.of());
      }
      case WORDS_LANGUAGE -> a.language() == null ? null
          : words(a.title(), random, kind, Map.of("language", List.of(a.language())));
      case WORDS_DISCIPLINE_YEAR -> {
        if (a.discipline() == null || a.year() == null) {
          yield null;
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("discipline", List.of(a.discipline()));
        filters.put("year", List.of(String.valueOf(a.year())));
        yield words(a.title(), random, kind, filters);
      }
      case KEYWORD -> {
        List<String> k = a.keywords().stream().filter(s -> words(s).length > 0).toList();
        yield k.isEmpty() ? null
            : new Search(kind, "\"" + String.join(" ", words(k.get(random.nextInt(k.size())))) + "\"",
                Map.of());
      }
    };
  }

  private static Search words(String title, SplittableRandom random, Kind kind,
      Map<String, List<String>> filters) {
    String[] w = Arrays.stream(words(title)).filter(x -> x.length() > 3).toArray(String[]::new);
    if (w.length < 2) {
      return null;
    }
    int k = Math.min(w.length, 2 + random.nextInt(2));
    int start = random.nextInt(w.length - k + 1);
    return new Search(kind, String.join(" ", Arrays.copyOfRange(w, start, start + k)), filters);
  }

  private static String[] words(String text) {
    if (text == null) {
      return new String[0];
    }
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
