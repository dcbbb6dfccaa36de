package org.polka.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.SharedData;
import org.polka.article.Journal;
import org.polka.catalog.Catalog;
import org.polka.catalog.StoredArticle;
import org.polka.oai.TestOaiSource.Answer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The harvester against local sources over real HTTP: the real CyberLeninka response, a source
 * that answers 503 with Retry-After, and a source that fails in the middle of a list. All harvest
 * into one real library (each source on its own port, so its own records).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarvesterTest {
  private static final String IDENTIFY = """
      <?xml version="1.0" encoding="UTF-8"?>
      <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2015-06-29T17:53:01Z</responseDate>
      <request verb="Identify">http://cyberleninka.ru/oai</request><Identify><repositoryName>CyberLeninka</repositoryName>
      <baseURL>http://cyberleninka.ru/oai</baseURL><protocolVersion>2.0</protocolVersion>
      <adminEmail>info@cyberleninka.ru</adminEmail><earliestDatestamp>2012-01-01T00:00:00Z</earliestDatestamp>
      <deletedRecord>no</deletedRecord><granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>
      """;

  Library library;
  final List<Duration> waits = new ArrayList<>();
  final List<String> progress = new ArrayList<>();

  @BeforeAll
  void open(@TempDir Path dir) {
    library = Library.open(dir.resolve("target"));
  }

  @AfterAll
  void close() {
    library.close();
  }

  private Harvester harvester() {
    return new Harvester(library.catalog(), library.ingester(), HttpClient.newHttpClient(), waits::add);
  }

  private Harvester.Summary harvest(TestOaiSource source, String prefix) {
    return harvester().harvest(new Harvester.Options(source.baseUrl(), null, null, prefix,
        Duration.ofMillis(5), 3), progress::add);
  }

  @Test
  void cyberLeninkaHarvestsWithoutLosingJournalDetails() throws Exception {
    byte[] page = Files.readAllBytes(SharedData.require(
        "data/corpus/cyberleninka-oai/ListRecords-2015-page0.xml"));
    Document expected = OaiSchemas.parse(new String(page, java.nio.charset.StandardCharsets.UTF_8));
    try (TestOaiSource source = new TestOaiSource(q -> q.get("verb").equals("Identify")
        ? Answer.xml(IDENTIFY) : Answer.xml(page))) {
      Harvester.Summary summary = harvest(source, "oai_dc");
      List<Element> records = OaiSchemas.all(expected, "record");
      assertThat(records).hasSize(54);
      assertThat(summary.added()).isEqualTo(54);
      assertThat(summary.failures()).isEmpty();
      String sourceName = "oai:" + source.baseUrl().replaceFirst("^http://([^/]+)/.*", "$1");
      for (Element r : records) {
        String id = OaiSchemas.texts(r, "identifier").get(0);
        StoredArticle stored = library.catalog().findBySource(sourceName, id).orElseThrow();
        Journal j = stored.article().journal();
        String issn = one(r, "issn");
        assertThat(j.issn()).as(id).isEqualTo(issn != null ? issn : one(r, "eissn"));
        assertThat(j.volume()).as(id).isEqualTo(one(r, "volume"));
        assertThat(j.issue()).as(id).isEqualTo(one(r, "issue"));
        String pages = one(r, "pages");
        assertThat(pages == null ? null : j.firstPage() + (j.lastPage() == null ? "" : "-" + j.lastPage()))
            .as(id).isEqualTo(pages);
        assertThat(j.title()).as(id).isEqualTo(one(r, "bibliographicCitation"));
        assertThat(stored.article().title()).isEqualTo(one(r, "title"));
        assertThat(stored.article().origin().url()).startsWith("http://cyberleninka.ru/article/n/");
      }
      Journal first = library.catalog().findBySource(sourceName, "oai:cyberleninka.ru:article/14074026")
          .orElseThrow().article().journal();
      assertThat(first).isEqualTo(new Journal("ИЗВЕСТИЯ ВЫСШИХ УЧЕБНЫХ ЗАВЕДЕНИЙ. МАТЕМАТИКА", "0021-3446",
          null, "1", "31", "36", "Федеральное государственное автономное образовательное учреждение высшего"
          + " профессионального образования \"Казанский (Приволжский) федеральный университет\""));
      StoredArticle burns = library.catalog().findBySource(sourceName, "oai:cyberleninka.ru:article/14758677")
          .orElseThrow();
      assertThat(burns.article().keywords()).hasSize(8).contains("TIBIA", "АУТОДЕРМОПЛАСТИКА");
      assertThat(burns.article().abstracts()).extracting(a -> a.language()).containsExactly("ru", "en");
      assertThat(progress).anyMatch(l -> l.startsWith("harvest: page 1, 54 records (added 54"));
    }
  }

  /** The element's text in the record without surrounding blanks, or null when it has none. */
  private static String one(Element record, String localName) {
    List<String> values = OaiSchemas.texts(record, localName);
    return values.isEmpty() ? null : values.get(0).strip();
  }

  @Test
  void waitsAsLongAsRetryAfterAsks(@TempDir Path dir) throws Exception {
    try (Catalog catalog = Catalog.openSqlite(dir.resolve("catalog.db"))) {
      OaiSamples.fillers(catalog, 4);
      OaiProvider provider = new OaiProvider(catalog.changes(),
          new OaiProvider.Settings("Polka", "admin@example.org", 10), Clock.systemUTC());
      AtomicInteger lists = new AtomicInteger();
      try (TestOaiSource source = new TestOaiSource(q -> q.get("verb").equals("ListRecords")
          && lists.incrementAndGet() <= 2
          ? new Answer(503, Map.of("Retry-After", "7"), new byte[0]) : TestOaiSource.polka(provider, q))) {
        waits.clear();
        Harvester.Summary summary = harvest(source, "oai_dc");
        assertThat(summary.added()).isEqualTo(4);
        assertThat(waits).filteredOn(d -> d.equals(Duration.ofSeconds(7))).hasSize(2);
        assertThat(source.requests).filteredOn(q -> q.get("verb").equals("ListRecords")).hasSize(3);
        assertThat(progress).contains("harvest: 503 from the source, retrying in 7 s");
      }
      try (TestOaiSource down = new TestOaiSource(q -> new Answer(503, Map.of("Retry-After", "1"), new byte[0]))) {
        assertThatThrownBy(() -> harvest(down, "oai_dc")).isInstanceOf(HarvestException.class)
            .hasMessageContaining("still unavailable after 3 retries");
      }
    }
  }

  @Test
  void anInterruptedHarvestResumesFromItsToken(@TempDir Path dir) throws Exception {
    try (Catalog catalog = Catalog.openSqlite(dir.resolve("catalog.db"))) {
      OaiSamples.fillers(catalog, 10);
      OaiProvider provider = new OaiProvider(catalog.changes(),
          new OaiProvider.Settings("Polka", "admin@example.org", 3), Clock.systemUTC());
      AtomicInteger lists = new AtomicInteger();
      boolean[] broken = {true};
      try (TestOaiSource source = new TestOaiSource(q -> q.get("verb").equals("ListRecords")
          && lists.incrementAndGet() == 3 && broken[0]
          ? new Answer(500, Map.of(), "boom".getBytes()) : TestOaiSource.polka(provider, q))) {
        String sourceName = "oai:" + source.baseUrl().replaceFirst("^http://([^/]+)/.*", "$1");
        assertThatThrownBy(() -> harvest(source, "jats")).isInstanceOf(HarvestException.class)
            .hasMessageContaining("HTTP 500");
        assertThat(stored(sourceName)).isEqualTo(6);
        broken[0] = false;
        source.requests.clear();
        Harvester.Summary resumed = harvest(source, "jats");
        List<Map<String, String>> lists2 = source.requests.stream()
            .filter(q -> q.get("verb").equals("ListRecords")).toList();
        assertThat(lists2.get(0)).containsOnlyKeys("verb", "resumptionToken");
        assertThat(resumed.added()).isEqualTo(4);
        assertThat(resumed.unchanged()).isZero();
        assertThat(stored(sourceName)).isEqualTo(10);
        assertThat(progress).anyMatch(l -> l.startsWith("harvest: resuming the interrupted harvest"));

        source.requests.clear();
        Harvester.Summary again = harvest(source, "jats");
        assertThat(again.added()).isZero();
        Map<String, String> incremental = source.requests.stream()
            .filter(q -> q.get("verb").equals("ListRecords")).findFirst().orElseThrow();
        assertThat(incremental).containsKey("from");
      }
    }
  }

  private long stored(String sourceName) {
    long[] n = {0};
    library.catalog().scan(100, batch -> n[0] += batch.stream()
        .filter(s -> s.article().origin() != null && sourceName.equals(s.article().origin().source())).count());
    return n[0];
  }
}
