package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPageTest {
  private static final String CLIMATE = "%D0%BA%D0%BB%D0%B8%D0%BC%D0%B0%D1%82"; // "климат"

  @TempDir
  static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir);
    for (int i = 1; i <= 23; i++) {
      web.add(Samples.article("Климат и мерзлота, часть " + i, "ru", "Экология", "Природа",
          2000 + i, "Климат меняется, мерзлота тает, наблюдение номер " + i + "."));
    }
    web.add(Samples.article("Inflation and prices", "en", "Economics", "Money", 2019,
        "Prices rise when money grows."));
    web.add(Samples.article("Wages and climate", "en", "Economics", "Money", 2018,
        "Wages follow prices."));
    web.add(Samples.hostile());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void showsRankedHitsWithFacetsAndTotal() {
    Document page = web.page("/search?q=" + CLIMATE);
    assertThat(page.select("p.total").text()).contains("23");
    assertThat(page.select("ul.cards .card")).hasSize(20);
    Element first = page.select("ul.cards .card").first();
    assertThat(first.select("a.title").attr("href")).matches("/articles/\\d+/[a-z0-9-]+");
    assertThat(first.select(".authors").text()).isEqualTo("Иван Петров");
    assertThat(first.select(".meta").text()).startsWith("Природа, 20");
    assertThat(page.select("p.snippet mark")).isNotEmpty();

    Element discipline = page.select("details[data-field=discipline] li").first();
    assertThat(discipline.text()).contains("Экология").contains("23");
    assertThat(discipline.select("a").attr("href"))
        .startsWith("/search?q=" + CLIMATE + "&discipline=");
    assertThat(page.select("details[data-field=year]")).isNotEmpty();
    assertThat(page.select("input[name=q]").val()).isEqualTo("климат");
  }

  @Test
  void facetValueTogglesAFilterThatCanBeRemoved() {
    Document all = web.page("/search");
    assertThat(all.select("p.total").text()).contains("26");
    String economics = all.select("details[data-field=discipline] li:contains(Economics) a").attr("href");
    assertThat(economics).isEqualTo("/search?discipline=Economics");

    Document filtered = web.page(economics);
    assertThat(filtered.select(".card a.title").eachText())
        .containsExactlyInAnyOrder("Inflation and prices", "Wages and climate");
    assertThat(filtered.select("details[data-field=discipline] li.on").text()).contains("Economics");
    Element chip = filtered.select(".active a.chip").first();
    assertThat(chip.text()).contains("Economics");
    assertThat(chip.attr("href")).isEqualTo("/search");

    Document both = web.page("/search?discipline=Economics&discipline=%D0%AD%D0%BA%D0%BE%D0%BB%D0%BE%D0%B3%D0%B8%D1%8F");
    assertThat(both.select("p.total").text()).contains("25");
    assertThat(both.select(".active a.chip")).hasSize(2);

    Document yearAndDiscipline = web.page("/search?discipline=Economics&year=2019");
    assertThat(yearAndDiscipline.select(".card a.title").eachText()).containsExactly("Inflation and prices");
  }

  @Test
  void pagesThroughResultsAndKeepsTheQuery() {
    Document first = web.page("/search?q=" + CLIMATE);
    String next = first.select("nav.paging a[rel=next]").attr("href");
    assertThat(next).isEqualTo("/search?q=" + CLIMATE + "&page=2");
    assertThat(first.select("nav.paging a[rel=prev]")).isEmpty();

    Document second = web.page(next);
    assertThat(second.select("ul.cards .card")).hasSize(3);
    assertThat(second.select("nav.paging a[rel=prev]").attr("href")).isEqualTo("/search?q=" + CLIMATE);
    assertThat(second.select("nav.paging a[rel=next]")).isEmpty();
    assertThat(second.select(".card a.title").eachText())
        .doesNotContainAnyElementsOf(first.select(".card a.title").eachText());
  }

  @Test
  void aPageBeyondTheEndRedirectsToTheLastPage() {
    var response = web.get("/search?q=" + CLIMATE + "&page=9");
    assertThat(response.statusCode()).isBetween(301, 303);
    assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/search?q=" + CLIMATE + "&page=2");
  }

  @Test
  void yearsAreListedNewestFirst() {
    Document page = web.page("/search?q=" + CLIMATE);
    var years = page.select("details[data-field=year] li a").eachText();
    assertThat(years).startsWith("2023", "2022").isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void sortsByYear() {
    Document newest = web.page("/search?q=" + CLIMATE + "&sort=newest");
    assertThat(newest.select(".card .meta").first().text()).isEqualTo("Природа, 2023");
    assertThat(newest.select("nav.sorts strong").text()).isEqualTo("сначала новые");
    Document oldest = web.page("/search?q=" + CLIMATE + "&sort=oldest");
    assertThat(oldest.select(".card .meta").first().text()).isEqualTo("Природа, 2001");
  }

  @Test
  void saysSoWhenNothingMatches() {
    Document page = web.page("/search?q=zzqxwv");
    assertThat(page.select("p.empty-result").text()).contains("ничего не найдено");
    assertThat(page.select("ul.cards")).isEmpty();
    assertThat(page.select("p.total").text()).contains("0");
  }

  @Test
  void showsTheIndexNoticeForAnUnparsableQuery() {
    Document page = web.page("/search?q=" + CLIMATE + "%20AND%20(");
    assertThat(page.select("p.notice").text()).isNotBlank();
    assertThat(page.select("ul.cards .card")).isNotEmpty();
  }

  @Test
  void escapesWhatArticlesSay() {
    var response = web.get("/search?q=%D0%9E%D0%BF%D0%B0%D1%81%D0%BD%D1%8B%D0%B9"); // "Опасный"
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(Samples.SCRIPT).contains("&lt;script&gt;");
    Document page = web.page("/search?q=%D0%9E%D0%BF%D0%B0%D1%81%D0%BD%D1%8B%D0%B9");
    assertThat(page.select("script")).allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/search.js"));
    assertThat(page.select(".card a.title").text()).contains(Samples.SCRIPT);
    assertThat(page.select(".card a.title mark").text()).isEqualTo("Опасный");
    assertThat(page.select(".card a.title *").stream().map(e -> e.tagName()).distinct())
        .containsExactly("mark");
    assertThat(page.select("details[data-field=keyword] li").text()).contains(Samples.SCRIPT);
  }
}
