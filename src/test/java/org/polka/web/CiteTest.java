package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The citation route and the citation box of the article page, on a real server. */
class CiteTest {
  private static final String GOST = "Рашидов, Б. Водные ресурсы Центральной Азии / Б. Рашидов, A. Smith "
      + "// Вестник политологии. — 2019. — Т. 12, № 3. — С. 45–60. — DOI 10.1234/Polka.Test.1.";
  private static final String IEEE = "Б. Рашидов and A. Smith, “Водные ресурсы Центральной Азии,” "
      + "Вестник политологии, vol. 12, no. 3, pp. 45–60, May 2019, doi: 10.1234/Polka.Test.1.";

  @TempDir
  static Path dir;
  static WebFixture web;
  static long full;
  static long hostile;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir);
    full = web.add(Samples.full());
    hostile = web.add(Samples.hostile());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void citesInGostByDefaultAndInAnyStyleAsked() {
    var gost = web.get("/api/articles/" + full + "/cite");
    assertThat(gost.statusCode()).isEqualTo(200);
    assertThat(gost.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(gost.body()).isEqualTo(GOST);
    assertThat(web.get("/api/articles/" + full + "/cite?style=ieee&format=text").body()).isEqualTo(IEEE);
    var html = web.get("/api/articles/" + full + "/cite?style=apa&format=html");
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.body()).isEqualTo("<div class=\"csl-entry\">Рашидов, Б., &amp; Smith, A. (2019). "
        + "Водные ресурсы Центральной Азии. <span style=\"font-style: italic\">Вестник политологии</span>, "
        + "<span style=\"font-style: italic\">12</span>(3), 45&ndash;60. https://doi.org/10.1234/Polka.Test.1</div>");
  }

  @Test
  void referenceManagerFormatsAreAttachments() {
    var bib = web.get("/api/articles/" + full + "/cite?style=bibtex");
    assertThat(bib.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-bibtex");
    assertThat(bib.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"polka-" + full + ".bib\"");
    assertThat(bib.body()).startsWith("@article{rashidov2019,\n  author = {Рашидов, Бахтиёр and Smith, Anna},");
    var ris = web.get("/api/articles/" + full + "/cite?style=ris");
    assertThat(ris.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-research-info-systems");
    assertThat(ris.body()).startsWith("TY  - JOUR\nAU  - Рашидов, Бахтиёр\n").endsWith("ER  - \n");
    var cslResponse = web.get("/api/articles/" + full + "/cite?style=csl-json");
    assertThat(cslResponse.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.citationstyles.csl+json");
    JsonNode csl = readJson(cslResponse.body());
    assertThat(csl.get(0).get("DOI").asText()).isEqualTo("10.1234/Polka.Test.1");
    assertThat(csl.get(0).get("container-title").asText()).isEqualTo("Вестник политологии");
  }

  private static JsonNode readJson(String body) {
    try {
      return org.polka.article.ArticleJson.mapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void badRequestsSayWhatIsWrong() {
    JsonNode style = web.json(web.get("/api/articles/" + full + "/cite?style=mla"), 400);
    assertThat(style.get("message").asText()).contains("'mla'").contains("gost-r-7.0.100-2018, gost-r-7.0.5-2008, apa");
    JsonNode format = web.json(web.get("/api/articles/" + full + "/cite?format=pdf"), 400);
    assertThat(format.get("message").asText()).contains("'pdf'");
    web.json(web.get("/api/articles/987654/cite"), 404);
    web.json(web.get("/api/articles/abc/cite"), 400);
  }

  @Test
  void htmlCitationsEscapeTheRecord() {
    var html = web.get("/api/articles/" + hostile + "/cite?style=apa&format=html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).doesNotContain(Samples.SCRIPT).contains("&lt;script&gt;");
  }

  @Test
  void theArticlePageSwitchesStylesAndLinksTheDownloads() {
    Document page = web.page("/articles/" + full);
    assertThat(page.select("section.cite textarea").text()).isEqualTo(GOST);
    assertThat(page.select(".cite-styles a").eachText())
        .containsExactly("ГОСТ Р 7.0.100-2018", "ГОСТ Р 7.0.5-2008", "APA", "Chicago", "Harvard", "IEEE");
    assertThat(page.select(".cite-styles a.on").text()).isEqualTo("ГОСТ Р 7.0.100-2018");
    Document ieee = web.page(page.select(".cite-styles a:contains(IEEE)").attr("href"));
    assertThat(ieee.select("section.cite textarea").text()).isEqualTo(IEEE);
    assertThat(ieee.select(".cite-styles a.on").text()).isEqualTo("IEEE");
    assertThat(page.select(".cite-downloads a").eachText()).containsExactly("BibTeX", "RIS", "CSL-JSON");
    for (String href : page.select(".cite-downloads a").eachAttr("href")) {
      assertThat(web.get(href).statusCode()).as(href).isEqualTo(200);
    }
  }
}
