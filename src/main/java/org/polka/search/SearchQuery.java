package org.polka.search;

import java.util.List;
import java.util.Map;

/**
 * What a reader asks the index: query text, filters by facet field, sort and page.
 *
 * @param text the query as typed (may be blank: then everything matches)
 * @param filters facet field name (see {@link SearchIndex#FACETS}) to accepted values; values of one
 *     field are OR-ed, fields are AND-ed
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page (1..100)
 */
public record SearchQuery(String text, Map<String, List<String>> filters, Sort sort, int page, int size) {

  /** Result order. */
  public enum Sort { RELEVANCE, NEWEST, OLDEST }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null ? Sort.RELEVANCE : sort;
    page = Math.max(1, page);
    size = Math.min(100, Math.max(1, size));
  }

  /** A plain query: first page of ten, by relevance, no filters. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), Sort.RELEVANCE, 1, 10);
  }
}
