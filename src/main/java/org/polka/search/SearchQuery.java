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
 * @param cursor deep-paging cursor: {@code "*"} for the first page, then a result's
 *     {@link SearchResult#nextCursor}; null to page by number instead ({@code page} is then ignored
 *     when a cursor is given)
 * @param facets whether to count facet values (without them, counts past
 *     {@link SearchResult#EXACT_UP_TO} may be estimates)
 */
public record SearchQuery(String text, Map<String, List<String>> filters, Sort sort, int page, int size,
    String cursor, boolean facets) {

  /** Result order. */
  public enum Sort { RELEVANCE, NEWEST, OLDEST }

  public SearchQuery {
    text = text == null ? "" : text.strip();
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null ? Sort.RELEVANCE : sort;
    page = Math.max(1, page);
    size = Math.min(100, Math.max(1, size));
    cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
  }

  /** A query paged by number, with facets. */
  public SearchQuery(String text, Map<String, List<String>> filters, Sort sort, int page, int size) {
    this(text, filters, sort, page, size, null, true);
  }

  /** A plain query: first page of ten, by relevance, no filters. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Map.of(), Sort.RELEVANCE, 1, 10);
  }
}
