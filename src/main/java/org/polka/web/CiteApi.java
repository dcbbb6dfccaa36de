package org.polka.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Map;
import org.polka.Library;
import org.polka.catalog.StoredArticle;
import org.polka.cite.Citations;

/** {@code GET /api/articles/{id}/cite}: one article as a reference in a style, or as BibTeX, RIS, CSL-JSON. */
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
    String style = ctx.queryParamAsClass("style", String.class).getOrDefault(Citations.DEFAULT_STYLE);
    if (!citations.styles().contains(style)) {
      throw new BadRequestResponse("unknown citation style '" + style + "'; known styles: "
          + String.join(", ", citations.styles()));
    }
    String format = ctx.queryParamAsClass("format", String.class).getOrDefault("text");
    if (!format.equals("text") && !format.equals("html")) {
      throw new BadRequestResponse("format must be text or html, not '" + format + "'");
    }
    String body = citations.format(stored.article(), style, format);
    if (citations.isDataFormat(style)) {
      ctx.contentType(DATA_TYPES.get(style));
      ctx.header("Content-Disposition",
          "attachment; filename=\"polka-" + stored.id() + "." + EXTENSIONS.get(style) + "\"");
    } else {
      ctx.contentType(format.equals("html") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(body);
  }
}
