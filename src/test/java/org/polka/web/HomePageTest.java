package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomePageTest {

  @Test
  void emptyLibraryTellsHowToAddArticles(@TempDir Path dir) {
    try (WebFixture web = new WebFixture(dir)) {
      Document home = web.page("/");
      assertThat(home.select("section.empty").text()).contains("./polka ingest PATH");
      assertThat(home.select("section.disciplines")).isEmpty();
      assertThat(home.select("form.search input[name=q]")).hasSize(1);
    }
  }

  @Test
  void listsDisciplinesWithCountsAndRecentArticles(@TempDir Path dir) {
    try (WebFixture web = new WebFixture(dir)) {
      web.add(Samples.article("Климат Арктики", "ru", "Экология", "Природа", 2020, "Лёд тает."));
      web.add(Samples.article("Климат Сибири", "ru", "Экология", "Природа", 2021, "Мерзлота."));
      web.add(Samples.article("Inflation", "en", "Economics", "Money", 2019, "Prices rise."));

      Document home = web.page("/");
      assertThat(home.select("section.empty")).isEmpty();
      Element ecology = home.select("section.disciplines li:contains(Экология)").first();
      assertThat(ecology).isNotNull();
      assertThat(ecology.select(".count").text()).isEqualTo("2");
      assertThat(ecology.select("a").attr("href")).isEqualTo("/disciplines/%D0%AD%D0%BA%D0%BE%D0%BB%D0%BE%D0%B3%D0%B8%D1%8F");
      assertThat(home.select("section.recent .card .title").eachText())
          .containsExactly("Inflation", "Климат Сибири", "Климат Арктики");

      Document discipline = web.page(ecology.select("a").attr("href"));
      assertThat(discipline.select(".card .title").eachText())
          .containsExactlyInAnyOrder("Климат Арктики", "Климат Сибири");
    }
  }

  @Test
  void journalNamesWithSlashesAndPlusSignsHaveTheirPages(@TempDir Path dir) {
    try (WebFixture web = new WebFixture(dir)) {
      String journal = "Вестник МГУ / Серия 12: C++ и право";
      long id = web.add(Samples.article("Статья о праве", "ru", "Право", journal, 2020, "Право."));
      Document article = web.page("/articles/" + id);
      String href = article.select("dl.facts a[href^=/journals/]").attr("href");
      Document listing = web.page(href);
      assertThat(listing.select("h1").text()).contains(journal);
      assertThat(listing.select(".card a.title").eachText()).containsExactly("Статья о праве");
    }
  }

  @Test
  void unknownPagesAnswer404WithAnHtmlPage(@TempDir Path dir) {
    try (WebFixture web = new WebFixture(dir)) {
      var missing = web.get("/no/such/page");
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(missing.body()).contains("Страница не найдена");

      assertThat(web.get("/disciplines/Nothing%20here").statusCode()).isEqualTo(404);
      assertThat(web.get("/style.css").body()).contains("max-width");
    }
  }
}
