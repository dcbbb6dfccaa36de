package org.polka.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.article.ArticleJson;
import org.polka.catalog.StoredArticle;
import org.polka.search.FacetValue;
import org.polka.search.SearchHit;
import org.polka.search.SearchQuery;
import org.polka.search.SearchResult;
import org.polka.search.Suggestion;

/** The JSON API for programs: search, and article records by id, DOI or source id. */
final class Api {
  private static final int DEFAULT_SIZE = 10;
  /** Autocomplete proposals per kind, unless {@code size} says otherwise. */
  private static final int SUGGESTIONS = 5;

  private final Library library;

  Api(Library library) {
    this.library = library;
  }

  /**
   * {@code GET /api/search}: the same parameters as the search page, plus {@code size},
   * {@code cursor} (deep paging: {@code *} first, then the previous answer's {@code next_cursor};
   * used unless a {@code page} is given) and {@code facets=false} (no facet counts).
   */
  void search(Context ctx) {
    SearchParams params = SearchParams.from(ctx);
    int size = Math.min(100, Math.max(1, SearchParams.number(ctx.queryParam("size"), DEFAULT_SIZE)));
    String cursor = ctx.queryParam("cursor");
    if (cursor == null && ctx.queryParam("page") == null) {
      cursor = "*";
    }
    boolean facetCounts = !"false".equalsIgnoreCase(ctx.queryParam("facets"));
    SearchQuery base = params.query(size);
    SearchResult result = library.index().search(new SearchQuery(base.text(), base.filters(),
        base.sort(), base.page(), size, cursor, facetCounts));
    ObjectNode body = Json.object();
    body.put("total", result.total());
    body.put("total_is_exact", !result.approximate());
    body.put("page", cursor == null ? params.page() : null);
    body.put("size", size);
    body.put("next_cursor", result.nextCursor() == null || result.nextCursor().equals(cursor)
        ? null : result.nextCursor());
    body.put("did_you_mean", result.didYouMean());
    ArrayNode hits = body.putArray("hits");
    result.hits().forEach(h -> hits.add(hit(h)));
    ObjectNode facets = body.putObject("facets");
    if (result.facets() != null) {
      result.facets().forEach((field, values) -> facets.set(field, facetValues(values)));
    }
    body.put("notice", result.notice());
    Json.send(ctx, 200, body);
  }

  /**
   * {@code GET /api/suggest?q=}: titles, authors, keywords and journals starting like {@code q}
   * (author names also by a later part), as {@code {"suggestions": [{"kind", "value", "articles"}]}}.
   */
  void suggest(Context ctx) {
    int limit = Math.min(20, Math.max(1, SearchParams.number(ctx.queryParam("size"), SUGGESTIONS)));
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("suggestions");
    for (Suggestion s : library.index().suggest(ctx.queryParam("q"), limit)) {
      list.addObject().put("kind", s.kind().label()).put("value", s.value())
          .put("articles", s.articles());
    }
    Json.send(ctx, 200, body);
  }

  /** {@code GET /api/articles/{id}}. */
  void article(Context ctx) {
    Json.send(ctx, 200, record(stored(library, ctx)));
  }

  /** The article named by the {@code {id}} path parameter: 400 when it is not a number, 404 when absent. */
  static StoredArticle stored(Library library, Context ctx) {
    String raw = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("article id must be a number, not '" + raw + "'");
    }
    return library.catalog().get(id).orElseThrow(() -> new NotFoundResponse("no article with id " + id));
  }

  /** {@code GET /api/articles?doi=…} or {@code ?source=…&source_id=…}. */
  void lookup(Context ctx) {
    String doi = ctx.queryParam("doi");
    String source = ctx.queryParam("source");
    String sourceId = ctx.queryParam("source_id");
    Optional<StoredArticle> found;
    if (doi != null && !doi.isBlank()) {
      found = library.catalog().findByDoi(doi);
    } else if (sourceId != null && !sourceId.isBlank()) {
      found = library.catalog().findBySource(source, sourceId);
    } else {
      throw new BadRequestResponse("give doi, or source and source_id");
    }
    StoredArticle stored = found.orElseThrow(() -> new NotFoundResponse(doi != null && !doi.isBlank()
        ? "no article with DOI " + doi : "no article with source id " + source + "/" + sourceId));
    Json.send(ctx, 200, record(stored));
  }

  /**
   * The whole record with the library's identifiers and counters at the top level. The record's own
   * {@code source} (the file it was read from) moves to {@code source_file}, because {@code source}
   * names the collection here, as in search hits.
   */
  static ObjectNode record(StoredArticle stored) {
    Article a = stored.article();
    ObjectNode node = ArticleJson.toTree(a);
    JsonNode file = node.remove("source");
    node.put("id", stored.id());
    node.put("page_url", Urls.article(stored.id()));
    var origin = a.origin();
    node.put("source", origin == null ? null : origin.source());
    node.put("source_id", origin == null ? null : origin.sourceId());
    node.put("doi", a.doi());
    node.put("url", origin == null ? null : origin.url());
    if (file != null) {
      node.set("source_file", file);
    }
    node.put("views", stored.views());
    node.put("downloads", stored.downloads());
    node.put("added", stored.added().toString());
    node.put("updated", stored.updated().toString());
    return node;
  }

  private static ObjectNode hit(SearchHit h) {
    ObjectNode node = Json.object();
    node.put("id", h.id());
    node.put("title", h.title());
    ArrayNode authors = node.putArray("authors");
    (h.authors() == null ? List.<String>of() : h.authors()).forEach(authors::add);
    node.put("journal", h.journal());
    node.put("year", h.year());
    node.put("discipline", h.discipline());
    node.put("language", h.language());
    node.put("snippet", h.snippet());
    node.put("title_html", h.titleHtml());
    node.put("page_url", Urls.article(h.id()));
    node.put("source", h.source());
    node.put("source_id", h.sourceId());
    node.put("doi", h.doi());
    node.put("url", h.url());
    return node;
  }

  private static ArrayNode facetValues(List<FacetValue> values) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    values.forEach(v -> array.addObject().put("value", v.value()).put("count", v.count()));
    return array;
  }
}
