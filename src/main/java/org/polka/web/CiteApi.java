package org.polka.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.catalog.StoredArticle;
import org.polka.cite.Citations;
import org.polka.select.ReadingList;

/**
 * Citations over HTTP: one article ({@code GET /api/articles/{id}/cite}) or a saved reading list as
 * references in a style, or as BibTeX, RIS, CSL-JSON.
 */
final class CiteApi {
  private static final Map<String, String> DATA_TYPES = Map.of(
      "bibtex", "application/x-bibtex; charset=utf-8",
      "ris", "application/x-research-info-systems; charset=utf-8",
      "csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8");
  private static final Map<String, String> EXTENSIONS = Map.of("bibtex", "bib", "ris", "ris", "csl-json", "json");

  private final Library library;
  private final Citations citations;

  CiteApi(Library library, Citations citations) {
    this.library = library;
    this.citations = citations;
  }

  /**
   * {@code ?style=…&format=text|html}; the data formats come as attachments named after the article
   * (so the page's download links save a file), the styles as text or HTML to show.
   */
  void cite(Context ctx) {
    StoredArticle stored = Api.stored(library, ctx);
    String style = style(ctx);
    String format = format(ctx);
    send(ctx, citations.format(stored.article(), style, format), style, format,
        "polka-" + stored.id());
  }

  /**
   * {@code GET /select/{id}/export?style=…&format=text|html}: a saved reading list as a
   * bibliography in the style, or as BibTeX, RIS, CSL-JSON, in the list's order.
   */
  void readingList(Context ctx) {
    ReadingList list = SelectPages.saved(library, ctx.pathParam("id"));
    String style = style(ctx);
    String format = format(ctx);
    List<Article> articles = list.items().stream()
        .map(item -> library.catalog().get(item.id()))
        .flatMap(Optional::stream).map(StoredArticle::article).toList();
    send(ctx, citations.bibliography(articles, style, format), style, format,
        "polka-list-" + list.id());
  }

  private String style(Context ctx) {
    String style = ctx.queryParamAsClass("style", String.class).getOrDefault(Citations.DEFAULT_STYLE);
    if (!citations.styles().contains(style)) {
      throw new BadRequestResponse("unknown citation style '" + style + "'; known styles: "
          + String.join(", ", citations.styles()));
    }
    return style;
  }

  private static String format(Context ctx) {
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("text");
    if (!format.equals("text") && !format.equals("html")) {
      throw new BadRequestResponse("format must be text or html, not '" + format + "'");
    }
    return format;
  }

  private void send(Context ctx, String body, String style, String format, String fileName) {
    if (citations.isDataFormat(style)) {
      ctx.contentType(DATA_TYPES.get(style));
      ctx.header("Content-Disposition",
          "attachment; filename=\"" + fileName + "." + EXTENSIONS.get(style) + "\"");
    } else {
      ctx.contentType(format.equals("html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(body);
  }
}
