package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search help page, autocomplete API, cursors and "did you mean" over real HTTP. */
class SearchHelpAndSuggestTest {
  @TempDir
  static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir);
    for (int i = 1; i <= 5; i++) {
      web.add(Samples.article("Мерзлота и климат, часть " + i, "ru", "Экология", "Природа",
          2010 + i, "мерзлота"));
    }
    web.add(Samples.article("Inflation and prices", "en", "Economics", "Money", 2019, "inflation"));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void helpPageDocumentsTheQueryLanguageInBothLanguages() {
    Document en = web.page("/help/search?lang=en");
    assertThat(en.select("h1").text()).isEqualTo("How to search");
    assertThat(en.select("dl.help-rows dt code").eachText())
        .contains("year:2000-2010", "author:Rashidov", "lang:en", "doi:10.1234/abcd.5678", "эконом*");
    assertThat(en.select("dl.help-rows dd").text()).contains("at least 3 letters");
    Document ru = web.page("/help/search?lang=ru");
    assertThat(ru.select("h1").text()).isEqualTo("Как искать");
    assertThat(ru.select("dl.help-rows dd").text()).contains("не меньше 3 букв");
    assertThat(web.page("/search?q=x").select("form.search a.help").attr("href"))
        .isEqualTo("/help/search");
  }

  @Test
  void suggestApiProposesTitlesAndJournals() {
    JsonNode body = web.json(web.get("/api/suggest?q=%D0%BC%D0%B5%D1%80%D0%B7"), 200); // "мерз"
    List<String> kinds = new ArrayList<>();
    body.get("suggestions").forEach(s -> kinds.add(s.get("kind").asText() + ":" + s.get("value").asText()));
    assertThat(kinds).contains("title:Мерзлота и климат, часть 1").hasSize(5);
    JsonNode journal = web.json(web.get("/api/suggest?q=%D0%BF%D1%80%D0%B8%D1%80"), 200); // "прир"
    assertThat(journal.get("suggestions").get(0).get("kind").asText()).isEqualTo("journal");
    assertThat(journal.get("suggestions").get(0).get("value").asText()).isEqualTo("Природа");
    assertThat(journal.get("suggestions").get(0).get("articles").asLong()).isEqualTo(5);
    assertThat(web.get("/search.js").statusCode()).isEqualTo(200);
  }

  @Test
  void apiPagesByCursorUntilTheEnd() {
    List<String> titles = new ArrayList<>();
    String cursor = "*";
    for (int i = 0; i < 10 && cursor != null; i++) {
      JsonNode body = web.json(web.get("/api/search?q=&size=2&cursor=" + java.net.URLEncoder.encode(
          cursor, java.nio.charset.StandardCharsets.UTF_8)), 200);
      assertThat(body.get("total_is_exact").asBoolean()).isTrue();
      body.get("hits").forEach(h -> titles.add(h.get("title").asText()));
      cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asText();
    }
    assertThat(titles).hasSize(6).doesNotHaveDuplicates();
  }

  @Test
  void fewHitsBringADidYouMeanLink() {
    Document page = web.page("/search?q=%D0%BC%D0%B5%D1%80%D0%B7%D0%BB%D0%BE%D1%82%D0%BE"
        + "%20%D0%BA%D0%BB%D0%B8%D0%BC%D0%BE%D1%82"); // "мерзлото климот"
    assertThat(page.select("p.did-you-mean a").text()).isEqualTo("мерзлота климат");
    JsonNode api = web.json(web.get("/api/search?q=inflasion"), 200);
    assertThat(api.get("did_you_mean").asText()).isEqualTo("inflation");
  }
}
