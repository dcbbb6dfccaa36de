package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.article.ArticleJson;
import org.polka.catalog.StoredArticle;

/** Highwire, Dublin Core and JSON-LD on article pages served by a real server, read with jsoup. */
class ScholarMetaTest {
  @TempDir
  static Path dir;
  static WebFixture web;
  static long full;
  static long xml;
  static long hostile;

  @BeforeAll
  static void start() throws IOException {
    web = new WebFixture(dir);
    Path pdf = web.library.filesDir().resolve("cd/cdef.pdf");
    Files.createDirectories(pdf.getParent());
    Files.writeString(pdf, "%PDF-1.4 stand-in");
    full = web.add(Samples.full(), "cd/cdef.pdf");
    Path jats = web.library.filesDir().resolve("ef/ef01.xml");
    Files.createDirectories(jats.getParent());
    Files.writeString(jats, "<article/>");
    xml = web.add(Samples.article("Климат", "ru", "Экология", "Природа", 2020, "Текст."), "ef/ef01.xml");
    hostile = web.add(Samples.hostile());
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  private static List<String> meta(Document page, String name) {
    return page.select("meta[name=" + name + "]").eachAttr("content");
  }

  @Test
  void everyHighwireTagOfAFullRecord() {
    Document page = web.page("/articles/" + full);
    String url = web.base + "/articles/" + full + "/vodnye-resursy-tsentralnoy-azii";
    assertThat(meta(page, "citation_title")).containsExactly("Водные ресурсы Центральной Азии");
    List<String> authorsAndPlaces = page.select("meta[name~=^citation_author]").stream()
        .map(e -> e.attr("name") + "=" + e.attr("content")).toList();
    assertThat(authorsAndPlaces).containsExactly(
        "citation_author=Бахтиёр Рашидов",
        "citation_author_institution=Таджикский национальный университет, Душанбе",
        "citation_author=Anna Smith",
        "citation_author_institution=University of Leeds");
    assertThat(meta(page, "citation_publication_date")).containsExactly("2019/05");
    assertThat(meta(page, "citation_journal_title")).containsExactly("Вестник политологии");
    assertThat(meta(page, "citation_issn")).containsExactly("1234-5678");
    assertThat(meta(page, "citation_volume")).containsExactly("12");
    assertThat(meta(page, "citation_issue")).containsExactly("3");
    assertThat(meta(page, "citation_firstpage")).containsExactly("45");
    assertThat(meta(page, "citation_lastpage")).containsExactly("60");
    assertThat(meta(page, "citation_doi")).containsExactly("10.1234/Polka.Test.1");
    assertThat(meta(page, "citation_keywords")).containsExactly("водные ресурсы; Центральная Азия");
    assertThat(meta(page, "citation_language")).containsExactly("ru");
    assertThat(meta(page, "citation_abstract_html_url")).containsExactly(url);
    assertThat(meta(page, "citation_pdf_url")).containsExactly(web.base + "/articles/" + full + "/file");
    assertThat(web.getBytes("/articles/" + full + "/file").statusCode()).isEqualTo(200);
    assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url);
  }

  @Test
  void dublinCoreDescribesTheSameRecord() {
    Document page = web.page("/articles/" + full);
    assertThat(page.select("link[rel=schema.DC]").attr("href")).isEqualTo("http://purl.org/dc/elements/1.1/");
    assertThat(meta(page, "DC.title")).containsExactly("Водные ресурсы Центральной Азии");
    assertThat(meta(page, "DC.creator")).containsExactly("Бахтиёр Рашидов", "Anna Smith");
    assertThat(meta(page, "DC.date")).containsExactly("2019-05");
    assertThat(meta(page, "DC.identifier"))
        .containsExactly(web.base + "/articles/" + full + "/vodnye-resursy-tsentralnoy-azii",
            "https://doi.org/10.1234/Polka.Test.1");
    assertThat(meta(page, "DC.subject")).containsExactly("водные ресурсы", "Центральная Азия");
    assertThat(meta(page, "DC.description")).containsExactly("Статья посвящена водной политике в регионе.");
    assertThat(meta(page, "DC.rights")).containsExactly("CC BY");
    assertThat(meta(page, "DC.language")).containsExactly("ru");
  }

  @Test
  void jsonLdIsAScholarlyArticleInItsJournal() throws IOException {
    Document page = web.page("/articles/" + full);
    JsonNode ld = ArticleJson.mapper().readTree(page.select("script[type=application/ld+json]").html());
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("ScholarlyArticle");
    assertThat(ld.get("headline").asText()).isEqualTo("Водные ресурсы Центральной Азии");
    assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("Бахтиёр Рашидов");
    assertThat(ld.get("author").get(1).get("affiliation").get(0).get("name").asText()).isEqualTo("University of Leeds");
    assertThat(ld.get("datePublished").asText()).isEqualTo("2019-05");
    assertThat(ld.get("sameAs").asText()).isEqualTo("https://doi.org/10.1234/Polka.Test.1");
    JsonNode issue = ld.get("isPartOf");
    assertThat(issue.get("@type").asText()).isEqualTo("PublicationIssue");
    assertThat(issue.get("issueNumber").asText()).isEqualTo("3");
    assertThat(issue.get("isPartOf").get("volumeNumber").asText()).isEqualTo("12");
    assertThat(issue.get("isPartOf").get("isPartOf").get("name").asText()).isEqualTo("Вестник политологии");
    assertThat(issue.get("isPartOf").get("isPartOf").get("issn").asText()).isEqualTo("1234-5678");
    assertThat(ld.get("pageStart").asText()).isEqualTo("45");
    assertThat(ld.get("encoding").get("contentUrl").asText()).isEqualTo(web.base + "/articles/" + full + "/file");
    assertThat(page.select("script[type=application/ld+json]").html()).doesNotContain("null");
  }

  @Test
  void onlyPublicPdfsGetAPdfUrl() {
    assertThat(meta(web.page("/articles/" + xml), "citation_pdf_url")).isEmpty();
    assertThat(meta(web.page("/articles/" + hostile), "citation_pdf_url")).isEmpty();
    assertThat(meta(web.page("/articles/" + xml), "citation_journal_title")).containsExactly("Природа");
  }

  @Test
  void hostileRecordsCannotLeaveTheJsonLd() throws IOException {
    var body = web.get(Urls.article(hostile, Samples.hostile().title())).body();
    assertThat(body).doesNotContain(Samples.SCRIPT);
    Document page = web.page("/articles/" + hostile);
    assertThat(page.select("script:not([src])")).hasSize(1);
    JsonNode ld = ArticleJson.mapper().readTree(page.select("script[type=application/ld+json]").html());
    assertThat(ld.get("headline").asText()).isEqualTo(Samples.SCRIPT + " Опасный заголовок");
    assertThat(meta(page, "citation_title")).containsExactly(Samples.SCRIPT + " Опасный заголовок");
  }

  @Test
  void theAbstractComesRightAfterTheAuthorsAndIsNotFolded() {
    Document page = web.page("/articles/" + full);
    Element main = page.selectFirst("main article");
    List<String> order = main.children().stream().map(e -> e.tagName() + "." + e.className()).toList();
    assertThat(order.subList(0, 4)).containsExactly("h1.", "ul.authors", "section.abstract", "section.abstract");
    assertThat(page.select("details section.abstract, section.abstract[hidden]")).isEmpty();
  }

  @Test
  void realCorpusPagesCarryTheirRecordsFields() throws IOException {
    Path corpus = SharedData.require("data/corpus/records.jsonl.gz");
    Path sample = dir.resolve("sample.jsonl");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null && lines.size() < 30; line = in.readLine()) {
        lines.add(line);
      }
      Files.write(sample, lines);
    }
    web.library.ingester().ingest(List.of(sample), line -> { });
    List<StoredArticle> stored = new ArrayList<>();
    web.library.catalog().scan(100, stored::addAll);
    List<StoredArticle> real = stored.stream().filter(s -> s.id() > hostile).toList();
    assertThat(real).hasSizeGreaterThanOrEqualTo(25);
    for (StoredArticle s : real) {
      Article a = s.article();
      Document page = web.page("/articles/" + s.id());
      assertThat(meta(page, "citation_title")).as("title of %d", s.id()).containsExactly(a.title().strip());
      assertThat(meta(page, "citation_author")).as("authors of %d", s.id()).hasSize(a.authors().size());
      if (a.journal() != null && a.journal().title() != null) {
        assertThat(meta(page, "citation_journal_title")).containsExactly(a.journal().title().strip());
      }
      if (a.doi() != null) {
        assertThat(meta(page, "citation_doi")).containsExactly(a.doi());
      }
      if (a.year() != null) {
        assertThat(meta(page, "citation_publication_date").get(0)).startsWith(a.year().toString());
      }
      assertThat(meta(page, "citation_abstract_html_url"))
          .containsExactly(web.base + Urls.article(s.id(), a.title()));
      assertThat(ArticleJson.mapper().readTree(page.select("script[type=application/ld+json]").html())
          .get("@type").asText()).isEqualTo("ScholarlyArticle");
    }
  }
}
