package org.polka.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total number of matching articles
 * @param hits this page's hits, ranked
 * @param facets counts per facet field (see {@link SearchIndex#FACETS}), values by descending count
 * @param notice a message for the reader, e.g. that an unparsable query was searched as plain words;
 *     null when there is nothing to say
 * @param approximate whether {@code total} is an estimate (only ever beyond {@link #EXACT_UP_TO})
 * @param didYouMean a corrected query with more hits, made from the index's own words, for queries
 *     with few or no hits; null otherwise
 * @param nextCursor the cursor of the next page when the query was paged by cursor (equal to the
 *     query's cursor when there are no more hits); null otherwise
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
    String notice, boolean approximate, String didYouMean, String nextCursor) {
  /** Result counts up to this many are always exact. */
  public static final int EXACT_UP_TO = 10_000;

  /** An exact result without spelling suggestion or cursor. */
  public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
      String notice) {
    this(total, hits, facets, notice, false, null, null);
  }
}
