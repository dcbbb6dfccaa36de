package org.polka.search;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.polka.catalog.StoredArticle;

/**
 * The search index: an embedded Solr core derived from the catalog, rebuilt from it at will.
 * CONTRACT STUB — the search helper replaces the bodies.
 */
public final class SearchIndex implements AutoCloseable {
  /** Facet fields, in display order. */
  public static final List<String> FACETS =
      List.of("discipline", "year", "journal", "language", "license", "keyword");

  private SearchIndex() {}

  /** Opens (creating from the bundled configset if needed) the embedded index under the folder. */
  public static SearchIndex openEmbedded(Path folder) {
    throw new UnsupportedOperationException("search index not built yet");
  }

  /** Adds or replaces these articles; visible to searches after the next {@link #commit}. */
  public void add(Collection<StoredArticle> articles) {
    throw new UnsupportedOperationException();
  }

  /** Makes everything added so far searchable and durable. */
  public void commit() {
    throw new UnsupportedOperationException();
  }

  /** Removes every document (before a rebuild). */
  public void deleteAll() {
    throw new UnsupportedOperationException();
  }

  /** The number of searchable documents. */
  public long size() {
    throw new UnsupportedOperationException();
  }

  /** Runs a query; never throws for what a reader typed. */
  public SearchResult search(SearchQuery query) {
    throw new UnsupportedOperationException();
  }

  /** The most common values of a facet over the whole index (e.g. disciplines for the home page). */
  public List<FacetValue> facet(String field, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}
