package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canonical article URLs with 301s, sitemap (and its index past one page) and robots.txt. */
class SitemapTest {
  @TempDir
  static Path dir;
  static WebFixture web;
  static long first;
  static long second;
  static long third;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir);
    first = web.add(Samples.full());
    second = web.add(Samples.article("Климат и «погода»: 2020", "ru", "Экология", "Природа", 2020, "Текст."));
    third = web.add(Samples.article("Ocean heat", "en", "Ecology", "Nature", 2021, "Text."));
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  private static HttpResponse<String> noFollow(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void slugsAreTransliteratedTitles() {
    assertThat(Slugs.of("Водные ресурсы Центральной Азии")).isEqualTo("vodnye-resursy-tsentralnoy-azii");
    assertThat(Slugs.of("Климат и «погода»: 2020")).isEqualTo("klimat-i-pogoda-2020");
    assertThat(Slugs.of("  ")).isEqualTo("article");
    assertThat(Slugs.of("File")).isEqualTo("article");
    assertThat(Slugs.of("a ".repeat(40) + "end")).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
  }

  @Test
  void shortAndStaleAddressesAnswer301ToTheCanonicalOne() throws Exception {
    var shortUrl = noFollow("/articles/" + second + "?lang=en");
    assertThat(shortUrl.statusCode()).isEqualTo(301);
    assertThat(shortUrl.headers().firstValue("Location").orElse(""))
        .isEqualTo("/articles/" + second + "/klimat-i-pogoda-2020?lang=en");
    var stale = noFollow("/articles/" + second + "/old-title");
    assertThat(stale.statusCode()).isEqualTo(301);
    assertThat(stale.headers().firstValue("Location").orElse("")).isEqualTo("/articles/" + second + "/klimat-i-pogoda-2020");
    assertThat(noFollow("/articles/" + second + "/klimat-i-pogoda-2020").statusCode()).isEqualTo(200);
    assertThat(noFollow("/articles/987654/anything").statusCode()).isEqualTo(404);
  }

  @Test
  void theSitemapListsEveryCanonicalUrlWithItsLastChange() {
    var response = web.get("/sitemap.xml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
    Document xml = Jsoup.parse(response.body(), "", Parser.xmlParser());
    assertThat(xml.select("urlset > url > loc").eachText()).containsExactly(
        web.base + "/articles/" + first + "/vodnye-resursy-tsentralnoy-azii",
        web.base + "/articles/" + second + "/klimat-i-pogoda-2020",
        web.base + "/articles/" + third + "/ocean-heat");
    String updated = web.library.catalog().get(third).orElseThrow().updated()
        .truncatedTo(ChronoUnit.SECONDS).toString();
    assertThat(xml.select("url").last().select("lastmod").text()).isEqualTo(updated);
    for (String loc : xml.select("loc").eachText()) {
      assertThat(web.get(loc.substring(web.base.length())).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void pastOnePageTheSitemapIsAnIndex() {
    Sitemaps small = new Sitemaps(web.library, 2);
    Document index = Jsoup.parse(small.root("https://polka.example"), "", Parser.xmlParser());
    assertThat(index.select("sitemapindex > sitemap > loc").eachText()).containsExactly(
        "https://polka.example/sitemaps/0.xml", "https://polka.example/sitemaps/1.xml");
    Document page1 = Jsoup.parse(small.urls("https://polka.example", 1), "", Parser.xmlParser());
    assertThat(page1.select("loc").eachText()).containsExactly("https://polka.example/articles/" + third + "/ocean-heat");
    assertThat(web.get("/sitemaps/0.xml").statusCode()).isEqualTo(200);
    assertThat(web.get("/sitemaps/1.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void robotsPointsToTheSitemap() {
    var robots = web.get("/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /search")
        .contains("Sitemap: " + web.base + "/sitemap.xml");
  }
}
