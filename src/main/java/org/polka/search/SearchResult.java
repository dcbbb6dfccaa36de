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
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
    String notice) {}
