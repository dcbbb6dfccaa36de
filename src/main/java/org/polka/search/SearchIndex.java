package org.polka.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.request.LocalSolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.SolrIndexSearcher;
import org.apache.solr.search.SyntaxError;
import org.polka.catalog.Signatures;
import org.polka.catalog.StoredArticle;

/**
 * The search index: an embedded Solr core derived from the catalog, rebuilt from it at will.
 *
 * <p>Thread-safe: searches may run while articles are added.
 */
public final class SearchIndex implements AutoCloseable {
  /** Facet fields, in display order. */
  public static final List<String> FACETS =
      List.of("discipline", "year", "journal", "language", "license", "keyword");

  /** Longest delay before an article added with {@link #addVisibleSoon} is searchable. */
  public static final int VISIBLE_WITHIN_MS = 1000;

  /** Told to the reader when the query text was searched as plain words. */
  static final String PLAIN_WORDS_NOTICE =
      "Your query could not be parsed, so it was searched as plain words.";

  /**
   * Lucene and Jersey (inside Solr) log through java.util.logging, which the log4j2 configuration
   * does not reach; their startup chatter is turned down here. Held so the levels are not lost.
   */
  private static final List<Logger> QUIETED = quiet("org.apache.lucene", "org.glassfish.jersey");

  private final CoreContainer container;
  private final EmbeddedSolrServer solr;
  private final Spelling spelling;
  private final TermSigner signer;
  private final Analyzer textAnalyzer;
  private final String analysisVersion;
  private volatile boolean closed;

  private SearchIndex(CoreContainer container, TermSigner signer) {
    this.container = container;
    this.solr = new EmbeddedSolrServer(container, SolrHome.CORE);
    this.spelling = new Spelling(this::query);
    this.signer = signer;
    try (SolrCore core = container.getCore(SolrHome.CORE)) {
      this.textAnalyzer = core.getLatestSchema().getFieldTypeByName(TermSigner.TEXT_TYPE)
          .getIndexAnalyzer();
      this.analysisVersion = AnalysisVersion.of(textAnalyzer, core.getResourceLoader());
    }
  }

  /**
   * Opens (creating from the bundled configset if needed) the embedded index under the folder, with
   * no term signatures.
   */
  public static SearchIndex openEmbedded(Path folder) {
    return openEmbedded(folder, TermSigner.NONE);
  }

  /**
   * Opens (creating from the bundled configset if needed) the embedded index under the folder; each
   * article added without a signature gets one from the signer.
   */
  public static SearchIndex openEmbedded(Path folder, TermSigner signer) {
    Path home = SolrHome.install(folder);
    CoreContainer container = CoreContainer.createAndLoad(home);
    if (container.getCoreInitFailures().containsKey(SolrHome.CORE)) {
      Exception cause = container.getCoreInitFailures().get(SolrHome.CORE).exception;
      container.shutdown();
      throw new SearchException("cannot open the search index in " + home, cause);
    }
    return new SearchIndex(container, signer);
  }

  /**
   * What stored signatures depend on: the signer's version and the version of the text analyzer
   * they are made with ({@link AnalysisVersion}). A signature kept under another version must be
   * made again.
   */
  public String signatureVersion() {
    return signer.version() + " analysis-" + analysisVersion;
  }

  /**
   * Adds or replaces these articles; visible to searches after the next {@link #commit}.
   *
   * @return the signatures made for articles that came without one, for the catalog to keep
   */
  public List<Signatures.Made> add(Collection<StoredArticle> articles) {
    return add(articles, true);
  }

  /**
   * Adds articles known not to be in the index (a rebuild after {@link #deleteAll}), visible after
   * the next {@link #commit}. Lucene then skips replacing by id: no delete term per document to
   * apply to every older segment at each flush, work that grows with the index.
   *
   * @return the signatures made for articles that came without one, for the catalog to keep
   */
  public List<Signatures.Made> addNew(Collection<StoredArticle> articles) {
    return add(articles, false);
  }

  private List<Signatures.Made> add(Collection<StoredArticle> articles, boolean replace) {
    if (articles.isEmpty()) {
      return List.of();
    }
    Documents docs = documents(articles);
    call("index " + articles.size() + " articles",
        () -> DirectUpdate.add(container, SolrHome.CORE, docs.list(), replace));
    return docs.signed();
  }

  /**
   * Adds or replaces these articles, searchable within {@link #VISIBLE_WITHIN_MS} milliseconds
   * without a commit (a soft commit opens a new searcher; the periodic hard commit makes it durable).
   */
  public List<Signatures.Made> addVisibleSoon(Collection<StoredArticle> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    Documents docs = documents(articles);
    call("index " + articles.size() + " articles", () -> solr.add(docs.list(), VISIBLE_WITHIN_MS));
    return docs.signed();
  }

  /** The signatures of the articles that have none kept, made without indexing anything. */
  public List<Signatures.Made> sign(Collection<StoredArticle> articles) {
    return documents(articles).signed();
  }

  /** Solr documents of articles, and the signatures made for those that had none. */
  private record Documents(List<SolrInputDocument> list, List<Signatures.Made> signed) {}

  private Documents documents(Collection<StoredArticle> articles) {
    List<SolrInputDocument> list = new ArrayList<>(articles.size());
    List<Signatures.Made> signed = new ArrayList<>();
    for (StoredArticle article : articles) {
      SolrInputDocument doc = SolrDocuments.of(article);
      String signature = article.signature();
      if (signature == null) {
        signature = signer.sign(textAnalyzer, IndexedTexts.of(doc));
        if (signature != null) {
          signed.add(new Signatures.Made(article.id(), article.updated(), signature));
        }
      }
      if (signature != null) {
        doc.setField(TermSigner.FIELD, signature);
      }
      list.add(doc);
    }
    return new Documents(list, signed);
  }

  /** Makes everything added so far searchable at once, without forcing it to disk (a soft commit). */
  public void publish() {
    call("publish", () -> solr.commit(false, true, true));
  }

  /** Removes one article; gone from searches after the next {@link #commit}. */
  public void delete(long id) {
    call("delete article " + id, () -> solr.deleteById(String.valueOf(id)));
  }

  /** Makes everything added so far searchable and durable. */
  public void commit() {
    call("commit", () -> solr.commit(true, true));
  }

  /** Removes every document (before a rebuild), committing at once. */
  public void deleteAll() {
    call("delete all", () -> {
      solr.deleteByQuery("*:*");
      solr.commit(true, true);
    });
  }

  /** The number of searchable documents. */
  public long size() {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    return query(q).getResults().getNumFound();
  }

  /** Runs a query; never throws for what a reader typed. */
  public SearchResult search(SearchQuery query) {
    boolean plain = !query.text().isEmpty() && !parses(QuerySyntax.rewrite(query.text()).text());
    try {
      return run(query, plain);
    } catch (SearchException e) {
      if (plain || !(e.getCause() instanceof SolrException se) || se.code() != 400) {
        throw e;
      }
      return run(query, true);
    }
  }

  /** The most common values of a facet over the whole index (e.g. disciplines for the home page). */
  public List<FacetValue> facet(String field, int limit) {
    SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true).setFacetMinCount(1)
        .setFacetLimit(limit).addFacetField(field);
    return values(query(q).getFacetField(field));
  }

  /** Work done on the index's current Lucene searcher. */
  public interface SearcherWork<T> {
    T apply(SolrIndexSearcher searcher) throws IOException;
  }

  /**
   * Runs work on the current searcher (for the selection service, which builds its own Lucene
   * queries and reads term statistics).
   */
  public <T> T withSearcher(SearcherWork<T> work) {
    try (SolrCore core = container.getCore(SolrHome.CORE)) {
      return core.withSearcher(work::apply);
    } catch (IOException e) {
      throw new SearchException("search index: cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    container.shutdown();
  }

  private SearchResult run(SearchQuery query, boolean plain) {
    QueryBuilder.Built built = QueryBuilder.build(query, plain);
    QueryResponse response = query(built.query());
    List<String> notices = new ArrayList<>();
    if (plain) {
      notices.add(PLAIN_WORDS_NOTICE);
    }
    notices.addAll(built.notices());
    Map<String, Map<String, List<String>>> highlights =
        response.getHighlighting() == null ? Map.of() : response.getHighlighting();
    List<SearchHit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      hits.add(SearchHits.of(doc, highlights.getOrDefault((String) doc.getFieldValue("id"), Map.of())));
    }
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String field : FACETS) {
      facets.put(field, values(response.getFacetField(field)));
    }
    long total = response.getResults().getNumFound();
    Boolean exact = response.getResults().getNumFoundExact();
    String didYouMean = total < Spelling.FEW_HITS && !query.text().isEmpty() && query.page() == 1
        ? spelling.didYouMean(built.query(), query.text(), total) : null;
    return new SearchResult(total, List.copyOf(hits), Collections.unmodifiableMap(facets),
        notices.isEmpty() ? null : String.join(" ", notices), exact != null && !exact, didYouMean,
        response.getNextCursorMark());
  }

  /**
   * Titles, authors, keywords and journals that start like the typed text (author names also by a
   * later name part), each kind ordered by the number of articles, at most {@code limit} per kind.
   */
  public List<Suggestion> suggest(String typed, int limit) {
    if (typed == null || Suggestions.normal(typed).isEmpty()) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    for (Suggestion.Kind kind : Suggestion.Kind.values()) {
      SolrQuery q = new SolrQuery().setRequestHandler("/terms").setTerms(true)
          .addTermsField("suggest").setTermsPrefix(Suggestions.prefix(kind, typed))
          .setTermsLimit(limit).setTermsSortString("count");
      var terms = query(q).getTermsResponse();
      if (terms != null && terms.getTerms("suggest") != null) {
        terms.getTerms("suggest").stream()
            .map(t -> Suggestions.parse(kind, t.getTerm(), t.getFrequency()))
            .filter(java.util.Objects::nonNull).forEach(out::add);
      }
    }
    return out;
  }

  /** Whether Solr's standard query parser accepts the text (edismax would silently escape it). */
  private boolean parses(String text) {
    ModifiableSolrParams params = new ModifiableSolrParams().set("df", "body");
    try (SolrCore core = container.getCore(SolrHome.CORE);
         LocalSolrQueryRequest req = new LocalSolrQueryRequest(core, params)) {
      QParser.getParser(text, "lucene", false, req).getQuery();
      return true;
    } catch (SyntaxError e) {
      return false;
    } catch (SolrException e) {
      return true;
    }
  }

  private static List<Logger> quiet(String... names) {
    List<Logger> loggers = Arrays.stream(names).map(Logger::getLogger).toList();
    loggers.forEach(l -> l.setLevel(Level.SEVERE));
    return loggers;
  }

  /** The terms the text analyzer makes of the text (for checking the analysis chain). */
  List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    try (SolrCore core = container.getCore(SolrHome.CORE);
         TokenStream stream = core.getLatestSchema().getFieldTypeByName("text_ru_en")
             .getIndexAnalyzer().tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new SearchException("cannot analyze text", e);
    }
    return tokens;
  }

  private static List<FacetValue> values(FacetField field) {
    if (field == null || field.getValues() == null) {
      return List.of();
    }
    return field.getValues().stream()
        .map(c -> new FacetValue(c.getName(), c.getCount()))
        .toList();
  }

  /** The Solr container (for {@link LuceneView}). */
  CoreContainer container() {
    return container;
  }

  QueryResponse query(SolrQuery q) {
    QueryResponse[] response = new QueryResponse[1];
    call("search", () -> response[0] = solr.query(q));
    return response[0];
  }

  private interface SolrCall {
    void run() throws SolrServerException, IOException;
  }

  private void call(String what, SolrCall call) {
    try {
      call.run();
    } catch (SolrServerException | IOException | SolrException e) {
      throw new SearchException("search index: cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
