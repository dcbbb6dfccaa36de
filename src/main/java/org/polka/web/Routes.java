package org.polka.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.polka.Library;
import org.polka.cite.Citations;
import org.polka.export.Exporter;
import org.polka.oai.OaiEndpoint;

/** Every route of the web server, declared in one place. */
final class Routes {
  private Routes() {}

  static void install(Javalin app, Library library) {
    Ui ui = new Ui();
    HomePage home = new HomePage(library, ui);
    SearchPage search = new SearchPage(library, ui);
    SelectPages select = new SelectPages(library, ui);
    SelectApi selectApi = new SelectApi(library);
    Citations citations = new Citations();
    ArticlePage article = new ArticlePage(library, ui, select, citations);
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

    OaiEndpoint oai = new OaiEndpoint(library.catalog());
    app.get("/oai", oai::get);
    app.post("/oai", oai::post);
    app.get("/select", ctx -> select.form(ctx));
    app.post("/select", ctx -> select.create(ctx));
    app.get("/select/{id}", ctx -> select.show(ctx));
    app.post("/select/{id}/refine", ctx -> select.refine(ctx));
    app.post("/api/select", ctx -> selectApi.select(ctx));
    app.get("/api/select/{id}", ctx -> selectApi.saved(ctx));
    app.post("/api/select/{id}/refine", ctx -> selectApi.refine(ctx));
    app.get("/api/articles/{id}/similar", ctx -> selectApi.similar(ctx));
    // search: query-language help and autocomplete
    HelpPage help = new HelpPage(ui);
    byte[] script = resource("/org/polka/web/search.js");
    app.get("/help/search", help::show);
    app.get("/search.js", ctx -> script(ctx, script));
    app.get("/api/suggest", api::suggest);
    CiteApi cite = new CiteApi(library, citations);
    Sitemaps sitemaps = new Sitemaps(library, Sitemaps.PAGE);
    app.get("/api/articles/{id}/cite", cite::cite);
    app.get("/select/{id}/export", cite::readingList);
    app.get("/articles/{id}/{slug}", article::show);
    app.get("/sitemap.xml", sitemaps::sitemap);
    app.get("/sitemaps/{page}", sitemaps::page);
    app.get("/robots.txt", sitemaps::robots);
    ApiDocsPage apiDocs = new ApiDocsPage(ui, resource("/org/polka/web/openapi.json"));
    app.get("/api/openapi.json", apiDocs::json);
    app.get("/api/docs", apiDocs::show);
    app.get("/api/export", new ExportApi(new Exporter(library.catalog(), citations))::export);

    Errors.install(app, ui);
  }

  private static void stylesheet(Context ctx, byte[] css) {
    ctx.contentType("text/css; charset=utf-8");
    ctx.header("Cache-Control", "max-age=3600");
    ctx.result(css);
  }

  private static void script(Context ctx, byte[] js) {
    ctx.contentType("text/javascript; charset=utf-8");
    ctx.header("Cache-Control", "max-age=3600");
    ctx.result(js);
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
