package org.polka.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.polka.search.SearchIndex;
import org.polka.search.SearchQuery;
import org.polka.search.SearchQuery.Sort;

/**
 * What a reader asked for in a search URL: the words, filters per facet field (repeatable
 * parameters), sort and page; and the URLs of the variations a page links to.
 *
 * @param filters facet field to selected values, in {@link SearchIndex#FACETS} order
 */
record SearchParams(String q, Map<String, List<String>> filters, Sort sort, int page) {

  SearchParams {
    q = q == null ? "" : q.strip();
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (String field : SearchIndex.FACETS) {
      List<String> values = filters.getOrDefault(field, List.of()).stream()
          .filter(v -> v != null && !v.isBlank()).distinct().toList();
      if (!values.isEmpty()) {
        ordered.put(field, values);
      }
    }
    filters = java.util.Collections.unmodifiableMap(ordered);
    sort = sort == null ? Sort.RELEVANCE : sort;
    page = Math.max(1, page);
  }

  /** Reads {@code q}, the facet fields, {@code sort} and {@code page} from the request. */
  static SearchParams from(Context ctx) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String field : SearchIndex.FACETS) {
      filters.put(field, ctx.queryParams(field));
    }
    return new SearchParams(ctx.queryParam("q"), filters, sort(ctx.queryParam("sort")),
        number(ctx.queryParam("page"), 1));
  }

  /** The sort named in a URL ({@code relevance}, {@code newest}, {@code oldest}); relevance otherwise. */
  static Sort sort(String name) {
    if (name == null) {
      return Sort.RELEVANCE;
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "newest" -> Sort.NEWEST;
      case "oldest" -> Sort.OLDEST;
      default -> Sort.RELEVANCE;
    };
  }

  /** A whole number from a parameter, or the fallback when it is missing or not a number. */
  static int number(String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The index query for this request with pages of the given size. */
  SearchQuery query(int size) {
    return new SearchQuery(q, filters, sort, page, size);
  }

  boolean has(String field, String value) {
    return filters.getOrDefault(field, List.of()).contains(value);
  }

  /** The same search with the value of the field selected if it was not, unselected if it was; page 1. */
  SearchParams toggle(String field, String value) {
    Map<String, List<String>> next = new LinkedHashMap<>(filters);
    List<String> values = new ArrayList<>(next.getOrDefault(field, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    next.put(field, values);
    return new SearchParams(q, next, sort, 1);
  }

  /** The same words and sort without any filter, page 1. */
  SearchParams cleared() {
    return new SearchParams(q, Map.of(), sort, 1);
  }

  SearchParams withPage(int n) {
    return new SearchParams(q, filters, sort, n);
  }

  SearchParams withSort(Sort s) {
    return new SearchParams(q, filters, s, 1);
  }

  /** The URL of this search under the path; default sort and page 1 are left out. */
  String url(String path) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (!q.isEmpty()) {
      params.put("q", List.of(q));
    }
    params.putAll(filters);
    if (sort != Sort.RELEVANCE) {
      params.put("sort", List.of(sort.name().toLowerCase(Locale.ROOT)));
    }
    if (page > 1) {
      params.put("page", List.of(Integer.toString(page)));
    }
    return Urls.withQuery(path, params);
  }
}
