package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePageTest {
  private static final byte[] PDF = "%PDF-1.4 a tiny stand-in for an original file".getBytes();

  @TempDir
  static Path dir;
  static WebFixture web;
  static long full;
  static long bare;
  static long hostile;

  @BeforeAll
  static void start() throws IOException {
    web = new WebFixture(dir);
    Path stored = web.library.filesDir().resolve("ab/abcdef.pdf");
    Files.createDirectories(stored.getParent());
    Files.write(stored, PDF);
    full = web.add(Samples.full(), "ab/abcdef.pdf");
    bare = web.add(Samples.article("Климат", "ru", "Экология", "Природа", 2020, "Текст."));
    hostile = web.add(Samples.hostile());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void showsTheRecord() {
    Document page = web.page("/articles/" + full);
    assertThat(page.select("h1").text()).isEqualTo("Водные ресурсы Центральной Азии");
    assertThat(page.title()).startsWith("Водные ресурсы Центральной Азии");
    assertThat(page.select("ul.authors .name").eachText()).containsExactly("Бахтиёр Рашидов", "Anna Smith");
    assertThat(page.select("ul.authors .affiliation").eachText())
        .containsExactly("Таджикский национальный университет, Душанбе", "University of Leeds");
    assertThat(page.select("dl.facts").text())
        .contains("Вестник политологии. Т. 12. № 3. С. 45–60").contains("2019").contains("CC BY")
        .contains("10.1234/Polka.Test.1");
    assertThat(page.select("a.discipline").attr("href"))
        .isEqualTo("/disciplines/" + Urls.segment("Политологические науки"));
    assertThat(page.select("section.keywords a").eachAttr("href")).containsExactly(
        "/search?keyword=" + Urls.encode("водные ресурсы"),
        "/search?keyword=" + Urls.encode("Центральная Азия"));
    assertThat(page.select("section.abstract h2 .lang").eachText()).containsExactly("(Русский)", "(Английский)");
    assertThat(page.select("section.abstract[lang=en] p").text()).contains("water policy");
    assertThat(page.select("section.body h3").text()).isEqualTo("Введение");
    assertThat(page.select("section.body h4").text()).isEqualTo("Методы исследования");
    assertThat(page.select("section.body p").eachText())
        .containsExactly("Первый абзац введения «Вода и власть»1 и его тезис.", "Второй абзац.",
            "Абзац о методах.");
    assertThat(page.select("section.references li")).hasSize(2);
    assertThat(page.select("section.cite textarea").text()).isEqualTo(
        "Рашидов, Б. Водные ресурсы Центральной Азии / Б. Рашидов, A. Smith // Вестник политологии. "
            + "— 2019. — Т. 12, № 3. — С. 45–60. — DOI 10.1234/Polka.Test.1.");
    assertThat(page.select("a.file").attr("href")).isEqualTo("/articles/" + full + "/file");
  }

  @Test
  void footnotesAreNotesApartFromTheText() {
    Document page = web.page("/articles/" + full);
    assertThat(page.select("section.notes li").eachText())
        .containsExactly("1 Текст первой сноски.", "2 Вторая сноска.");
    assertThat(page.select("section.body").text()).doesNotContain("сноски").doesNotContain("Вторая сноска");
  }

  @Test
  void aFootnoteMarkerInTheTextLinksToItsNoteAndBack() {
    Document page = web.page("/articles/" + full);
    var marker = page.select("section.body sup.marker a");
    assertThat(marker.eachText()).containsExactly("1");
    assertThat(marker.attr("href")).isEqualTo("#note-1");
    assertThat(page.select("section.notes li#note-1 a").attr("href")).isEqualTo("#" + marker.attr("id"));
  }

  @Test
  void linksLeadToJournalAndDisciplineLists() {
    Document page = web.page("/articles/" + full);
    Document journal = web.page(page.select("dl.facts a[href^=/journals/]").attr("href"));
    assertThat(journal.select("h1").text()).contains("Вестник политологии");
    assertThat(journal.select(".card a.title").eachAttr("href"))
        .containsExactly("/articles/" + full + "/vodnye-resursy-tsentralnoy-azii");
    Document discipline = web.page(page.select("a.discipline").attr("href"));
    assertThat(discipline.select(".card a.title").eachText()).containsExactly("Водные ресурсы Центральной Азии");
  }

  @Test
  void everyViewIsCounted() {
    long before = web.library.catalog().get(bare).orElseThrow().views();
    Document first = web.page("/articles/" + bare);
    Document second = web.page("/articles/" + bare);
    assertThat(Long.parseLong(second.select("dd.views").text()))
        .isEqualTo(Long.parseLong(first.select("dd.views").text()) + 1).isEqualTo(before + 2);
    assertThat(web.library.catalog().get(bare).orElseThrow().views()).isEqualTo(before + 2);
  }

  @Test
  void downloadsTheOriginalAndCountsIt() {
    long before = web.library.catalog().get(full).orElseThrow().downloads();
    var response = web.getBytes("/articles/" + full + "/file");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(response.body()).isEqualTo(PDF);
    assertThat(web.library.catalog().get(full).orElseThrow().downloads()).isEqualTo(before + 1);

    assertThat(web.page("/articles/" + bare).select("a.file")).isEmpty();
    var none = web.get("/articles/" + bare + "/file");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(web.library.catalog().get(bare).orElseThrow().downloads()).isZero();
  }

  @Test
  void missingArticlesAre404Pages() {
    var missing = web.get("/articles/987654");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(web.get("/articles/not-a-number").statusCode()).isEqualTo(404);
  }

  @Test
  void escapesTitleKeywordsAndText() {
    var response = web.get(Urls.article(hostile, Samples.hostile().title()));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(Samples.SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    Document page = web.page("/articles/" + hostile);
    assertThat(page.select("script:not([type=application/ld+json])")).allSatisfy(s -> {
      assertThat(s.attr("src")).isEqualTo("/search.js");
      assertThat(s.data()).isEmpty();
    });
    assertThat(page.select("h1").text()).isEqualTo(Samples.SCRIPT + " Опасный заголовок");
    assertThat(page.select("section.keywords a").text()).isEqualTo(Samples.SCRIPT);
    assertThat(page.select("section.keywords a").attr("href"))
        .isEqualTo("/search?keyword=" + Urls.encode(Samples.SCRIPT));
  }
}
