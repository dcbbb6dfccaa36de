package org.polka.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.search.SortSpecParsing;
import org.apache.solr.search.SyntaxError;
import org.apache.solr.util.RefCounted;

/**
 * The index as Lucene sees it, for benchmarks that measure what Solr and HTTP add: the open
 * reader, the schema's similarity and analyzer, and the Lucene query, filters and sort that Solr
 * runs for a {@link SearchQuery}. Reads go through {@link SearchIndex#search}; this is only a floor.
 *
 * <p>Holds the current searcher open until closed.
 */
public final class LuceneView implements AutoCloseable {
  private final SolrCore core;
  private final RefCounted<SolrIndexSearcher> searcher;

  /**
   * A search as Lucene runs it.
   *
   * @param query the main query (as parsed by Solr from the request SearchIndex makes)
   * @param filters filter queries by the facet field they filter (a facet on that field ignores them)
   * @param sort the result order
   * @param rows hits wanted (from offset 0)
   * @param stored fields returned for each hit
   * @param highlighted fields highlighted for each hit
   * @param maxAnalyzedChars the highlighter's limit per field value
   * @param facets facet fields to their number of values returned
   */
  public record Request(Query query, Map<String, Query> filters, Sort sort, int rows,
      List<String> stored, List<String> highlighted, int maxAnalyzedChars,
      Map<String, Integer> facets) {}

  private LuceneView(SolrCore core) {
    this.core = core;
    this.searcher = core.getSearcher();
  }

  /** A view of the index's current state. */
  public static LuceneView of(SearchIndex index) {
    return new LuceneView(index.container().getCore(SolrHome.CORE));
  }

  public IndexReader reader() {
    return searcher.get().getIndexReader();
  }

  public Similarity similarity() {
    return core.getLatestSchema().getSimilarity();
  }

  /** The per-field index analyzer of the schema (what the highlighter re-analyses with). */
  public Analyzer analyzer() {
    return core.getLatestSchema().getIndexAnalyzer();
  }

  /** The Lucene form of the request {@link SearchIndex#search} sends Solr for the query. */
  public Request translate(SearchQuery query) {
    SolrParams params = QueryBuilder.build(query, false).query();
    try (LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, params)) {
      Query main = QParser.getParser(params.get("q"), params.get("defType", "lucene"), req).getQuery();
      Map<String, Query> filters = new LinkedHashMap<>();
      String[] fqs = params.getParams("fq");
      for (String fq : fqs == null ? new String[0] : fqs) {
        String field = fq.replaceFirst("^\\{!tag=f_([a-z_]+)}.*", "$1");
        filters.put(field, QParser.getParser(fq, req).getQuery());
      }
      Sort sort = SortSpecParsing.parseSortSpec(params.get("sort"), req).getSort();
      Map<String, Integer> facets = new LinkedHashMap<>();
      for (String f : params.getParams("facet.field")) {
        String field = f.replaceFirst("^\\{![^}]*}", "");
        facets.put(field, params.getFieldInt(field, "facet.limit", 100));
      }
      return new Request(main, filters, sort, params.getInt("rows", 10),
          List.of(params.get("fl").split(",")),
          params.getBool("hl", false) ? List.of(params.get("hl.fl").split(",")) : List.of(),
          params.getInt("hl.maxAnalyzedChars", 51200), facets);
    } catch (SyntaxError e) {
      throw new SearchException("cannot parse " + query.text() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    searcher.decref();
    core.close();
  }
}
