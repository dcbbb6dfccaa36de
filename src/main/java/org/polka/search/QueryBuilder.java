package org.polka.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * The translation of a reader's {@link SearchQuery} into a Solr request: edismax over the text
 * fields, multi-select facet filters, sort, paging and marker-based highlighting.
 */
final class QueryBuilder {
  /** Searched fields and their weights. */
  static final String QF = "title^5 keywords^3 authors^3 abstract^2 body^1";
  /** Phrase boosts: query words close together in these fields rank higher. */
  static final String PF = "title^10 abstract^4 body^2";
  /**
   * Fields a reader may name in the query, as in {@code author:Rashidov} or {@code year:2020}; the
   * singular names and {@code lang} are aliases (see {@link #ALIASES}).
   */
  static final String USER_FIELDS = "title authors author keywords keyword abstract body year "
      + "journal discipline doi lang language";
  /** Query field names that stand for index fields. */
  static final Map<String, String> ALIASES = Map.of(
      "author", "authors", "keyword", "keywords", "journal", "journal_text", "lang", "language");
  /** Fields a filter may name: the facets plus exact author and source. */
  static final Set<String> FILTERABLE = Set.of(
      "discipline", "year", "journal", "language", "license", "keyword", "author", "source");

  private static final String FIELDS =
      "id,title,authors,journal,year,discipline,language,source,source_id,doi,url";
  /** Deepest offset asked of Solr; later pages are simply empty. */
  private static final long MAX_START = 1_000_000;
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

  private QueryBuilder() {}

  /** A Solr request and what the reader should be told about it. */
  record Built(SolrQuery query, List<String> notices) {}

  /**
   * The Solr request for a query.
   *
   * @param plainWords search the text as plain words, every query syntax character escaped
   */
  static Built build(SearchQuery q, boolean plainWords) {
    List<String> notices = new ArrayList<>();
    String text;
    if (plainWords) {
      text = plainWords(q.text());
    } else {
      QuerySyntax.Rewritten rewritten = QuerySyntax.rewrite(q.text());
      text = rewritten.text();
      notices.addAll(rewritten.notices());
    }
    boolean all = matchesAll(text);
    SolrQuery solr = new SolrQuery();
    if (all) {
      solr.setQuery("*:*");
    } else {
      solr.setQuery(text);
      solr.set("defType", "edismax");
      solr.set("qf", QF);
      solr.set("pf", PF);
      solr.set("ps", 2);
      if (!QuerySyntax.hasOr(text)) {
        // with OR the reader says how many words must match; otherwise most must
        solr.set("mm", "2<-1 5<-25%");
        solr.set("mm.autoRelax", true);
      }
      solr.set("tie", "0.3");
      solr.set("uf", USER_FIELDS);
      ALIASES.forEach((alias, field) -> solr.set("f." + alias + ".qf", field));
      Boosts.apply(solr, q.text());
      highlight(solr);
    }
    solr.setFields(FIELDS);
    solr.setRows(q.size());
    sort(solr, q.sort());
    if (q.cursor() != null) {
      solr.set("cursorMark", q.cursor());
    } else {
      solr.setStart((int) Math.min(MAX_START, (q.page() - 1L) * q.size()));
    }
    solr.set("minExactCount", SearchResult.EXACT_UP_TO);
    filters(solr, q.filters(), notices);
    if (q.facets()) {
      facets(solr);
    }
    return new Built(solr, notices);
  }

  /** The text with all query syntax escaped and operators lower-cased, so each word is just a word. */
  static String plainWords(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        String w = OPERATORS.contains(word) ? word.toLowerCase() : word;
        words.add(ClientUtils.escapeQueryChars(w));
      }
    }
    return String.join(" ", words);
  }

  /** Whether the text has nothing to search for (no letter or digit), so everything matches. */
  static boolean matchesAll(String text) {
    return text.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static void highlight(SolrQuery solr) {
    solr.setHighlight(true);
    solr.set("hl.method", "unified");
    solr.set("hl.fl", "title,abstract,body");
    // Phrase-exact highlighting re-analyses whole bodies (ten times slower on long articles);
    // marking each matched word is enough for a snippet.
    solr.set("hl.usePhraseHighlighter", false);
    solr.set("hl.tag.pre", Snippets.PRE);
    solr.set("hl.tag.post", Snippets.POST);
    solr.set("hl.snippets", 1);
    solr.set("hl.fragsize", 240);
    solr.set("hl.maxAnalyzedChars", 1_000_000);
    solr.set("hl.defaultSummary", false);
    solr.set("f.title.hl.fragsize", 0);
    solr.set("f.title.hl.defaultSummary", true);
    solr.set("f.abstract.hl.defaultSummary", true);
    solr.set("f.body.hl.defaultSummary", true);
  }

  private static void sort(SolrQuery solr, SearchQuery.Sort sort) {
    switch (sort) {
      case RELEVANCE -> solr.addSort("score", SolrQuery.ORDER.desc)
          .addSort("year", SolrQuery.ORDER.desc)
          .addSort("added", SolrQuery.ORDER.desc);
      case NEWEST -> solr.addSort("year", SolrQuery.ORDER.desc)
          .addSort("added", SolrQuery.ORDER.desc);
      case OLDEST -> solr.addSort("year", SolrQuery.ORDER.asc)
          .addSort("added", SolrQuery.ORDER.asc);
    }
    solr.addSort("id", SolrQuery.ORDER.asc);
  }

  private static void filters(SolrQuery solr, Map<String, List<String>> filters, List<String> notices) {
    for (Map.Entry<String, List<String>> e : new TreeMap<>(filters).entrySet()) {
      String field = e.getKey();
      if (!FILTERABLE.contains(field)) {
        notices.add("The filter on \"%s\" was ignored: there is no such field.".formatted(field));
        continue;
      }
      List<String> clauses = new ArrayList<>();
      for (String value : e.getValue() == null ? List.<String>of() : e.getValue()) {
        String clause = clause(field, value);
        if (clause == null) {
          notices.add("The filter %s=\"%s\" was ignored: it is not a valid value."
              .formatted(field, value));
        } else {
          clauses.add(clause);
        }
      }
      if (!clauses.isEmpty()) {
        solr.addFilterQuery("{!tag=" + tag(field) + "}" + String.join(" OR ", clauses));
      }
    }
  }

  private static String clause(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (field.equals("year")) {
      try {
        return "year:" + Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return field + ":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void facets(SolrQuery solr) {
    solr.setFacet(true);
    solr.setFacetMinCount(1);
    solr.setFacetLimit(20);
    for (String field : SearchIndex.FACETS) {
      solr.addFacetField("{!ex=" + tag(field) + "}" + field);
    }
    solr.set("f.year.facet.limit", 60);
    solr.set("f.keyword.facet.limit", 30);
  }

  private static String tag(String field) {
    return "f_" + field;
  }
}
