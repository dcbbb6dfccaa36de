package org.polka.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.polka.Library;
import org.polka.catalog.StoredArticle;
import org.polka.cite.Citations;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.CiteBox;
import org.polka.web.view.Parts.Link;
import org.polka.web.view.Pages.ArticleDetails;

/** The article page (which counts a view) and the download of the stored original (which counts a download). */
final class ArticlePage {
  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf", "xml", "application/xml", "txt", "text/plain; charset=utf-8",
      "json", "application/json", "jsonl", "application/x-ndjson", "html", "text/html; charset=utf-8",
      "gz", "application/gzip");

  private static final Map<String, String> DOWNLOADS = Map.of("bibtex", "BibTeX", "ris", "RIS",
      "csl-json", "CSL-JSON");

  private final Library library;
  private final Ui ui;
  private final SelectPages select;
  private final Citations citations;

  ArticlePage(Library library, Ui ui, SelectPages select, Citations citations) {
    this.library = library;
    this.ui = ui;
    this.select = select;
    this.citations = citations;
  }

  /**
   * The page at its canonical address {@code /articles/{id}/{slug}}; the short address, or one with
   * an old slug, answers 301 to the canonical one (query string kept).
   */
  void show(Context ctx) {
    StoredArticle stored = find(ctx);
    String canonical = Urls.article(stored.id(), stored.article().title());
    if (!ctx.path().equals(canonical)) {
      String query = ctx.queryString();
      ctx.redirect(query == null ? canonical : canonical + "?" + query, HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    library.catalog().countView(stored.id());
    String title = Listings.title(stored.article().title(), ui.messages(ctx));
    String base = Urls.base(ctx);
    ArticleDetails page = ArticleModel.of(stored, ui.chrome(ctx, title, ""), stored.views() + 1,
        cite(ctx, stored), ScholarMeta.of(stored, base, base + canonical));
    ui.render(ctx, "article.jte",
        SelectPages.withSimilar(page, select.similar(stored.id(), ui.messages(ctx))));
  }

  /** The citation box in the style asked by {@code ?cite=}, else the default (GOST R 7.0.100-2018). */
  private CiteBox cite(Context ctx, StoredArticle stored) {
    Messages msg = ui.messages(ctx);
    String asked = ctx.queryParam("cite");
    String style = asked != null && citations.styles().contains(asked) && !citations.isDataFormat(asked)
        ? asked : Citations.DEFAULT_STYLE;
    List<Link> styles = new ArrayList<>();
    List<Link> downloads = new ArrayList<>();
    for (String s : citations.styles()) {
      if (citations.isDataFormat(s)) {
        downloads.add(new Link(DOWNLOADS.get(s), Urls.cite(stored.id(), s), false));
      } else {
        styles.add(new Link(msg.t("cite.style." + s), ctx.path() + "?cite=" + s + "#cite",
            s.equals(style)));
      }
    }
    return new CiteBox(citations.format(stored.article(), style, "text"), styles, downloads);
  }

  void file(Context ctx) {
    StoredArticle stored = find(ctx);
    Path file = original(stored);
    library.catalog().countDownload(stored.id());
    String name = downloadName(stored, file);
    ctx.contentType(contentType(name));
    ctx.header("Content-Disposition", "inline; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    try {
      ctx.header("Content-Length", Long.toString(Files.size(file)));
      InputStream in = Files.newInputStream(file);
      ctx.result(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private StoredArticle find(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      return library.catalog().get(id)
          .orElseThrow(() -> new NotFoundResponse("no article with id " + id));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("no article with id " + raw);
    }
  }

  /** The stored original file; 404 when the article has none or it is gone. */
  private Path original(StoredArticle stored) {
    Path dir = library.filesDir().toAbsolutePath().normalize();
    if (stored.file() == null) {
      throw new NotFoundResponse("article " + stored.id() + " has no original file");
    }
    Path file = dir.resolve(stored.file()).normalize();
    if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
      throw new NotFoundResponse("the original file of article " + stored.id() + " is missing");
    }
    return file;
  }

  /** The file name offered to the reader: the name it was ingested under, else the stored name. */
  private static String downloadName(StoredArticle stored, Path file) {
    var source = stored.article().source();
    if (source != null && source.file() != null && !source.file().isBlank()) {
      String name = source.file().replace('\\', '/');
      return name.substring(name.lastIndexOf('/') + 1);
    }
    return file.getFileName().toString();
  }

  private static String contentType(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
