package org.polka.search;

import java.util.Locale;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;

/**
 * "Did you mean": for a query with few hits, a correction made from the words of the index itself
 * (titles, keywords and abstracts, both languages; Solr's DirectSolrSpellChecker), kept only when
 * Solr has checked that the corrected query finds more.
 */
final class Spelling {
  /** Queries with fewer hits than this are offered a correction. */
  static final int FEW_HITS = 3;
  /** Corrected queries Solr tries against the index before giving up. */
  static final int TRIES = 5;

  private final Function<SolrQuery, QueryResponse> search;

  Spelling(Function<SolrQuery, QueryResponse> search) {
    this.search = search;
  }

  /**
   * A corrected query text that finds more than {@code hits} articles with the same filters, or
   * null when there is none.
   *
   * @param request the request that found too little (its query fields, filters and boosts are used
   *     to check corrections)
   */
  String didYouMean(SolrQuery request, String text, long hits) {
    SolrQuery q = request.getCopy();
    q.setRequestHandler("/spell");
    q.setRows(0);
    q.setFacet(false);
    q.setHighlight(false);
    q.remove("cursorMark");
    q.remove("sort");
    q.set("spellcheck.q", text);
    q.set("spellcheck.collate", true);
    q.set("spellcheck.maxCollations", 1);
    q.set("spellcheck.maxCollationTries", TRIES);
    q.set("spellcheck.collateExtendedResults", true);
    q.set("spellcheck.count", 5);
    q.set("spellcheck.alternativeTermCount", 5);
    SpellCheckResponse spell = search.apply(q).getSpellCheckResponse();
    if (spell == null || spell.getCollatedResults() == null) {
      return null;
    }
    return spell.getCollatedResults().stream()
        .filter(c -> c.getNumberOfHits() > hits)
        .map(SpellCheckResponse.Collation::getCollationQueryString)
        .filter(c -> !c.strip().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT)))
        .findFirst().orElse(null);
  }
}
