package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.ArticleJson;
import org.polka.cli.Main;

/** Bulk export over HTTP (paged by a cursor) and from the command line. */
class ExportTest {
  @TempDir
  static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir.resolve("library"));
    web.add(Samples.full());
    web.add(Samples.article("Климат", "ru", "Экология", "Природа", 2020, "Текст."));
    web.add(Samples.hostile());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void jsonlPagesResumeFromTheCursor() throws Exception {
    var first = web.get("/api/export?format=jsonl&limit=2");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
    List<String> lines = first.body().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(ArticleJson.read(lines.get(0)).title()).isEqualTo("Водные ресурсы Центральной Азии");
    String cursor = first.headers().firstValue("X-Next-Cursor").orElseThrow();
    assertThat(first.headers().firstValue("Link").orElse("")).contains("cursor=" + cursor).endsWith("rel=\"next\"");
    var second = web.get("/api/export?format=jsonl&limit=2&cursor=" + cursor);
    assertThat(second.body().lines().map(l -> ArticleJson.read(l).title()).toList())
        .containsExactly(Samples.SCRIPT + " Опасный заголовок");
    assertThat(second.headers().firstValue("X-Next-Cursor")).isEmpty();
  }

  @Test
  void cslJsonAndJatsAreWholeDocuments() throws Exception {
    JsonNode csl = ArticleJson.mapper().readTree(web.get("/api/export?format=csl-json").body());
    assertThat(csl.size()).isEqualTo(3);
    assertThat(csl.get(0).get("DOI").asText()).isEqualTo("10.1234/Polka.Test.1");
    Document jats = Jsoup.parse(web.get("/api/export?format=jats").body(), "", Parser.xmlParser());
    assertThat(jats.select("articles > article")).hasSize(3);
    assertThat(jats.select("article-title").eachText()).containsExactly("Водные ресурсы Центральной Азии",
        "Климат", Samples.SCRIPT + " Опасный заголовок");
    assertThat(jats.select("article").first().select("contrib name surname").eachText())
        .containsExactly("Рашидов", "Smith");
    assertThat(jats.select("article").first().select("article-id[pub-id-type=doi]").text())
        .isEqualTo("10.1234/Polka.Test.1");
    assertThat(jats.select("article").first().select("fpage").text()).isEqualTo("45");
  }

  @Test
  void badCursorsAndFormatsAre400() {
    assertThat(web.json(web.get("/api/export?cursor=zzz"), 400).get("message").asText()).contains("cursor");
    assertThat(web.json(web.get("/api/export?format=xls"), 400).get("message").asText())
        .contains("jsonl, jats, csl-json");
  }

  @Test
  void theCommandWritesTheWholeCatalog() throws Exception {
    Path out = dir.resolve("all.jsonl");
    assertThat(Main.run("export", "--data", dir.resolve("library").toString(), "--format", "jsonl",
        "--out", out.toString())).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3);
    Path csl = dir.resolve("all.json");
    assertThat(Main.run("export", "--data", dir.resolve("library").toString(), "--format", "csl-json",
        "--out", csl.toString())).isZero();
    assertThat(ArticleJson.mapper().readTree(csl.toFile()).size()).isEqualTo(3);
  }
}
