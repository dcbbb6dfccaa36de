package org.polka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.polka.ingest.IngestReport;
import org.polka.search.SearchHit;
import org.polka.search.SearchQuery;
import org.polka.web.WebServer;

/**
 * Polka 0.1's acceptance on the shared corpus: all 3,399 records stored, a second run unchanged,
 * the seed page ingested and found, and Russian morphology in search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusAcceptanceTest {
  @TempDir
  static Path dir;
  Library library;
  Path corpus;

  @BeforeAll
  void open() {
    corpus = SharedData.require("data/corpus/records.jsonl.gz");
    library = Library.open(dir);
  }

  @AfterAll
  void close() {
    if (library != null) {
      library.close();
    }
  }

  @Test
  @Order(1)
  void theWholeCorpusIsStored() {
    IngestReport report = library.ingester().ingest(List.of(corpus), line -> { });
    assertThat(report.failures()).isEmpty();
    assertThat(report.added()).isEqualTo(3399);
    assertThat(library.catalog().count()).isEqualTo(3399);
    assertThat(library.index().size()).isEqualTo(3399);
  }

  @Test
  @Order(2)
  void aSecondRunReportsEverythingUnchanged() {
    IngestReport report = library.ingester().ingest(List.of(corpus), line -> { });
    assertThat(report.unchanged()).isEqualTo(3399);
    assertThat(report.added() + report.updated()).isZero();
    assertThat(library.catalog().count()).isEqualTo(3399);
  }

  @Test
  @Order(3)
  void theSeedPageIsIngestedAndFoundByAuthorAndTopic() {
    Path seed = SharedData.require("samples/cyberleninka/000_f43a145551096780.txt");
    IngestReport report = library.ingester().ingest(List.of(seed), line -> { });
    assertThat(report.failures()).isEmpty();
    assertThat(report.added()).isEqualTo(1);
    assertThat(titles("Rashidov")).contains("Russia in Central Asia: a shift to positive foreign policies");
    assertThat(titles("Central Asia")).contains("Russia in Central Asia: a shift to positive foreign policies");
  }

  @Test
  @Order(4)
  void theSeedArticlePageShowsTheGoldFields() throws Exception {
    long id = library.index().search(SearchQuery.of("Rashidov")).hits().get(0).id();
    WebServer server = new WebServer(library);
    int port = server.start(0);
    try {
      String html = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
          .send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/articles/" + id + "?lang=en")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Document page = Jsoup.parse(html);
      assertThat(page.select("h1").text()).isEqualTo("Russia in Central Asia: a shift to positive foreign policies");
      assertThat(page.text()).contains("Bakhtier Rashidov", "Independent researcher (Tashkent, Uzbekistan)",
          "Политологические науки", "CC BY", "104", "59");
      assertThat(page.select("a[href^=/search?keyword=]").eachText()).contains("Central Asia",
          "Uzbekistan", "Russian policy in Central Asia");
      assertThat(page.select("section.notes li")).hasSize(9);
    } finally {
      server.stop();
    }
  }

  @Test
  @Order(5)
  void russianWordFormsFindTheSameArticles() {
    List<Long> nominative = ids("Центральная Азия");
    List<Long> genitive = ids("центральной азии");
    assertThat(nominative).isNotEmpty().containsExactlyInAnyOrderElementsOf(genitive);
  }

  private List<String> titles(String q) {
    return library.index().search(new SearchQuery(q, null, null, 1, 50)).hits().stream()
        .map(SearchHit::title).toList();
  }

  private List<Long> ids(String q) {
    return library.index().search(new SearchQuery(q, null, null, 1, 100)).hits().stream()
        .map(SearchHit::id).toList();
  }
}
