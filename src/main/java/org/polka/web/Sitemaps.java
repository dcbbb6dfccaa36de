package org.polka.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.polka.Library;
import org.polka.catalog.Listed;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}. Up to one page of URLs (50,000, the protocol's limit)
 * the sitemap lists every article's canonical URL with {@code lastmod} from the catalog; past that it
 * is a sitemap index of {@code /sitemaps/{n}.xml} pages, each a slice of the articles in id order.
 */
final class Sitemaps {
  static final int PAGE = 50_000;
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private final Library library;
  private final int pageSize;

  Sitemaps(Library library, int pageSize) {
    this.library = library;
    this.pageSize = pageSize;
  }

  void sitemap(Context ctx) {
    xml(ctx, root(Urls.base(ctx)));
  }

  void page(Context ctx) {
    String raw = ctx.pathParam("page");
    int n;
    try {
      n = Integer.parseInt(raw.replaceFirst("\\.xml$", ""));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("no sitemap page " + raw);
    }
    if (n < 0 || (long) n * pageSize >= Math.max(1, library.catalog().count())) {
      throw new NotFoundResponse("no sitemap page " + n);
    }
    xml(ctx, urls(Urls.base(ctx), n));
  }

  void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8");
    ctx.result("User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /api/\n\nSitemap: "
        + Urls.base(ctx) + "/sitemap.xml\n");
  }

  /** The URL set when the library fits one page, else the index of pages. */
  String root(String base) {
    long count = library.catalog().count();
    if (count <= pageSize) {
      return urls(base, 0);
    }
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"")
        .append(NS).append("\">\n");
    for (long n = 0; n * pageSize < count; n++) {
      out.append("  <sitemap><loc>").append(base).append("/sitemaps/").append(n).append(".xml</loc></sitemap>\n");
    }
    return out.append("</sitemapindex>\n").toString();
  }

  /** Page {@code n} of the URL set: articles from row {@code n × pageSize} in id order. */
  String urls(String base, int n) {
    List<Listed> listed = library.catalog().listed((long) n * pageSize, pageSize);
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"")
        .append(NS).append("\">\n");
    for (Listed l : listed) {
      out.append("  <url><loc>").append(escape(base + Urls.article(l.id(), l.title())))
          .append("</loc><lastmod>").append(l.updated().truncatedTo(ChronoUnit.SECONDS))
          .append("</lastmod></url>\n");
    }
    return out.append("</urlset>\n").toString();
  }

  private static void xml(Context ctx, String body) {
    ctx.contentType("application/xml; charset=utf-8");
    ctx.result(body);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
