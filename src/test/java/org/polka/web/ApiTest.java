package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
  @TempDir
  static Path dir;
  static WebFixture web;
  static long full;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir);
    full = web.add(Samples.full());
    for (int i = 1; i <= 5; i++) {
      web.add(Samples.article("Водная политика, выпуск " + i, "ru", "Политологические науки",
          "Вестник политологии", 2015 + i, "Водная политика государств региона, часть " + i + "."));
    }
    web.add(Samples.hostile());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void searchAnswersHitsFacetsAndPaging() {
    JsonNode body = web.json(web.get("/api/search?q=%D0%B2%D0%BE%D0%B4%D0%BD%D0%B0%D1%8F&size=2&page=2"), 200);
    assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(body.get("page").asInt()).isEqualTo(2);
    assertThat(body.get("size").asInt()).isEqualTo(2);
    assertThat(body.get("hits")).hasSize(2);
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.get("page_url").asText()).isEqualTo("/articles/" + hit.get("id").asLong());
    assertThat(hit.has("title")).isTrue();
    assertThat(hit.get("authors").isArray()).isTrue();
    JsonNode disciplines = body.get("facets").get("discipline");
    assertThat(disciplines.get(0).get("value").asText()).isEqualTo("Политологические науки");
    assertThat(body.get("notice").isNull()).isTrue();

    JsonNode filtered = web.json(web.get("/api/search?year=2017&year=2018"), 200);
    assertThat(filtered.get("total").asLong()).isEqualTo(2);
  }

  @Test
  void articleByIdCarriesRecordIdentifiersAndCounters() {
    JsonNode a = web.json(web.get("/api/articles/" + full), 200);
    assertThat(a.get("id").asLong()).isEqualTo(full);
    assertThat(a.get("title").asText()).isEqualTo("Водные ресурсы Центральной Азии");
    assertThat(a.get("page_url").asText()).isEqualTo("/articles/" + full);
    assertThat(a.get("source").asText()).isEqualTo("cyberleninka");
    assertThat(a.get("source_id").asText()).isEqualTo("vodnye-resursy");
    assertThat(a.get("url").asText()).isEqualTo("https://cyberleninka.ru/article/n/vodnye-resursy");
    assertThat(a.get("doi").asText()).isEqualTo("10.1234/Polka.Test.1");
    assertThat(a.get("origin").get("source_id").asText()).isEqualTo("vodnye-resursy");
    assertThat(a.get("authors").get(0).get("affiliations").get(0).asText()).contains("Душанбе");
    assertThat(a.get("footnotes")).hasSize(2);
    assertThat(a.get("journal").get("first_page").asText()).isEqualTo("45");
    assertThat(a.get("views").asLong()).isGreaterThanOrEqualTo(100);
    assertThat(a.get("downloads").asLong()).isEqualTo(7);
    assertThat(a.get("added").asText()).matches("\\d{4}-.*Z");
    assertThat(a.get("updated").asText()).isNotBlank();
  }

  @Test
  void articleByDoiOrSourceId() {
    JsonNode byDoi = web.json(web.get("/api/articles?doi=https://doi.org/10.1234/polka.test.1"), 200);
    assertThat(byDoi.get("id").asLong()).isEqualTo(full);
    JsonNode bySource = web.json(web.get("/api/articles?source=cyberleninka&source_id=vodnye-resursy"), 200);
    assertThat(bySource.get("id").asLong()).isEqualTo(full);

    JsonNode none = web.json(web.get("/api/articles?doi=10.9999/none"), 404);
    assertThat(none.get("status").asInt()).isEqualTo(404);
    assertThat(none.get("message").asText()).contains("10.9999/none");
    web.json(web.get("/api/articles?source=cyberleninka&source_id=nothing"), 404);
    assertThat(web.json(web.get("/api/articles"), 400).get("status").asInt()).isEqualTo(400);
  }

  @Test
  void errorsAreJson() {
    assertThat(web.json(web.get("/api/articles/424242"), 404).get("message").asText()).contains("424242");
    assertThat(web.json(web.get("/api/articles/abc"), 400).get("message").asText()).contains("abc");
    assertThat(web.json(web.get("/api/no-such-thing"), 404).get("status").asInt()).isEqualTo(404);
    assertThat(web.json(web.post("/api/search", "{not json"), 400).get("status").asInt()).isEqualTo(400);
  }

  @Test
  void cyberLeninkaSearchHasItsShape() {
    JsonNode body = web.json(web.post("/api/search",
        "{\"mode\":\"articles\",\"q\":\"водная политика\",\"size\":2,\"from\":0}"), 200);
    assertThat(body.get("found").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(body.get("articles")).hasSize(2);
    JsonNode a = body.get("articles").get(0);
    assertThat(a.get("name").asText()).contains("<b>");
    assertThat(a.get("link").asText()).matches("/articles/\\d+");
    assertThat(a.get("authors").isArray()).isTrue();
    assertThat(a.get("year").isInt()).isTrue();
    assertThat(a.get("journal").asText()).isEqualTo("Вестник политологии");
    assertThat(a.get("journal_link").asText()).isEqualTo("/journals/" + Urls.segment("Вестник политологии"));
    assertThat(a.get("ocr").isArray()).isTrue();
    assertThat(a.get("ocr").get(0).asText().length()).isLessThanOrEqualTo(760);
    assertThat(a.get("annotation").asText()).contains("<b>");
    assertThat(a.get("catalogs").isArray()).isTrue();

    JsonNode next = web.json(web.post("/api/search",
        "{\"mode\":\"articles\",\"q\":\"водная политика\",\"size\":2,\"from\":2}"), 200);
    assertThat(links(next)).doesNotContainAnyElementsOf(links(body));
  }

  @Test
  void cyberLeninkaSearchFiltersAYearRange() {
    JsonNode body = web.json(web.post("/api/search",
        "{\"mode\":\"articles\",\"q\":\"\",\"size\":100,\"from\":0,\"year_from\":2017,\"year_to\":\"2019\"}"), 200);
    assertThat(body.get("found").asLong()).isEqualTo(4);
    body.get("articles").forEach(a -> assertThat(a.get("year").asInt()).isBetween(2017, 2019));
    JsonNode none = web.json(web.post("/api/search",
        "{\"mode\":\"articles\",\"q\":\"\",\"year_from\":1900,\"year_to\":1901}"), 200);
    assertThat(none.get("found").asLong()).isZero();
    assertThat(none.get("articles")).isEmpty();
  }

  @Test
  void cyberLeninkaNamesAreEscapedApartFromTheHighlight() {
    JsonNode body = web.json(web.post("/api/search",
        "{\"mode\":\"articles\",\"q\":\"Опасный\",\"size\":10,\"from\":0}"), 200);
    assertThat(body.get("found").asLong()).isEqualTo(1);
    assertThat(body.get("articles").get(0).get("name").asText())
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <b>Опасный</b> заголовок");
  }

  private static List<String> links(JsonNode body) {
    List<String> links = new ArrayList<>();
    body.get("articles").forEach(a -> links.add(a.get("link").asText()));
    return links;
  }
}
