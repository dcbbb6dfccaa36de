package org.polka.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.polka.Library;
import org.polka.cite.Citations;
import org.polka.export.Exporter;

/** Every route of the web server, declared in one place. */
final class Routes {
  private Routes() {}

  static void install(Javalin app, Library library) {
    Ui ui = new Ui();
    HomePage home = new HomePage(library, ui);
    SearchPage search = new SearchPage(library, ui);
    Citations citations = new Citations();
    ArticlePage article = new ArticlePage(library, ui, citations);
    BrowsePages browse = new BrowsePages(library, ui);
    Api api = new Api(library);
    CyberLeninkaApi cyberLeninka = new CyberLeninkaApi(library);
    AdminApi admin = new AdminApi(library);
    byte[] css = resource("/org/polka/web/style.css");

    app.get("/", home::show);
    app.get("/search", search::show);
    app.get("/articles/{id}", article::show);
    app.get("/articles/{id}/file", article::file);
    app.get("/journals/{name}", browse::journal);
    app.get("/disciplines/{name}", browse::discipline);
    app.get("/style.css", ctx -> stylesheet(ctx, css));

    app.get("/api/search", api::search);
    app.post("/api/search", cyberLeninka::search);
    app.get("/api/articles", api::lookup);
    app.get("/api/articles/{id}", api::article);
    app.post("/api/admin/ingest", admin::ingest);
    app.post("/api/admin/reindex", admin::reindex);

    CiteApi cite = new CiteApi(library, citations);
    Sitemaps sitemaps = new Sitemaps(library, Sitemaps.PAGE);
    app.get("/api/articles/{id}/cite", cite::cite);
    app.get("/articles/{id}/{slug}", article::show);
    app.get("/sitemap.xml", sitemaps::sitemap);
    app.get("/sitemaps/{page}", sitemaps::page);
    app.get("/robots.txt", sitemaps::robots);
    app.get("/api/export", new ExportApi(new Exporter(library.catalog(), citations))::export);

    Errors.install(app, ui);
  }

  private static void stylesheet(Context ctx, byte[] css) {
    ctx.contentType("text/css; charset=utf-8");
    ctx.header("Cache-Control", "max-age=3600");
    ctx.result(css);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Routes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
