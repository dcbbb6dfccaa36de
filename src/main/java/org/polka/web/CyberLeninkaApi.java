package org.polka.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.catalog.StoredArticle;
import org.polka.search.SearchHit;
import org.polka.search.SearchQuery;
import org.polka.search.SearchResult;

/**
 * {@code POST /api/search} in CyberLeninka's shape, so existing CyberLeninka clients work with Polka:
 * {@code {"mode":"articles","q":…,"size":…,"from":…,"year_from":…,"year_to":…}} →
 * {@code {"found":N,"articles":[{name,annotation,link,authors,year,journal,journal_link,ocr,catalogs}]}}.
 */
final class CyberLeninkaApi {
  private static final int DEFAULT_SIZE = 10;
  private static final int ANNOTATION_LENGTH = 300;
  private static final int OCR_LENGTH = 750;
  private static final int MAX_YEARS = 1000;

  private final Library library;

  CyberLeninkaApi(Library library) {
    this.library = library;
  }

  void search(Context ctx) {
    JsonNode body = Json.body(ctx);
    String q = body.path("q").asText("");
    int size = clamp(Json.integer(body, "size"), DEFAULT_SIZE, 1, 100);
    int from = clamp(Json.integer(body, "from"), 0, 0, Integer.MAX_VALUE);
    Optional<List<String>> years = years(Json.integer(body, "year_from"), Json.integer(body, "year_to"));
    ObjectNode out = Json.object();
    ArrayNode articles = Json.MAPPER.createArrayNode();
    if (years.isPresent() && years.get().isEmpty()) {
      out.put("found", 0);
      out.set("articles", articles);
      Json.send(ctx, 200, out);
      return;
    }
    Map<String, List<String>> filters = years.map(y -> Map.of("year", y)).orElse(Map.of());
    SearchResult result = library.index().search(
        new SearchQuery(q, filters, SearchQuery.Sort.RELEVANCE, from / size + 1, size));
    Highlight highlight = Highlight.of(q);
    for (SearchHit hit : result.hits()) {
      articles.add(article(hit, library.catalog().get(hit.id()), highlight));
    }
    out.put("found", result.total());
    out.set("articles", articles);
    Json.send(ctx, 200, out);
  }

  /**
   * The indexed years within the range, or empty when no range was asked for. Filter values of one
   * field are OR-ed, so a range becomes the list of the years that occur in it.
   */
  private Optional<List<String>> years(Integer yearFrom, Integer yearTo) {
    if (yearFrom == null && yearTo == null) {
      return Optional.empty();
    }
    int low = yearFrom == null ? Integer.MIN_VALUE : yearFrom;
    int high = yearTo == null ? Integer.MAX_VALUE : yearTo;
    return Optional.of(library.index().facet("year", MAX_YEARS).stream()
        .map(f -> f.value())
        .filter(v -> {
          Integer y = SearchParams.number(v, Integer.MIN_VALUE);
          return y != Integer.MIN_VALUE && y >= low && y <= high;
        })
        .toList());
  }

  private static ObjectNode article(SearchHit hit, Optional<StoredArticle> stored, Highlight h) {
    Article a = stored.map(StoredArticle::article).orElse(null);
    ObjectNode node = Json.object();
    node.put("name", h.mark(hit.title() == null ? "" : hit.title()));
    node.put("annotation", a == null ? "" : h.excerpt(a.mainAbstract(), ANNOTATION_LENGTH));
    node.put("link", Urls.article(hit.id()));
    ArrayNode authors = node.putArray("authors");
    (hit.authors() == null ? List.<String>of() : hit.authors()).forEach(authors::add);
    node.put("year", hit.year());
    node.put("journal", hit.journal());
    node.put("journal_link", hit.journal() == null ? null : Urls.journal(hit.journal()));
    ArrayNode ocr = node.putArray("ocr");
    String text = a == null ? "" : String.join(" ", a.paragraphs());
    if (!text.isBlank()) {
      ocr.add(Highlight.preview(text, OCR_LENGTH));
    }
    node.putArray("catalogs");
    return node;
  }

  private static int clamp(Integer value, int fallback, int min, int max) {
    return value == null ? fallback : Math.min(max, Math.max(min, value));
  }
}
