package org.polka.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polka.oai.OaiSchemas.all;
import static org.polka.oai.OaiSchemas.texts;
import static org.polka.oai.OaiServer.error;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.catalog.Catalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * OAI-PMH 2.0 conformance, part two: section 4 of the specification, verb by verb, against a real
 * server holding three varied articles and 105 fillers (two pages of 100), every response
 * validated against the schemas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiVerbsTest {
  private static final int FILLERS = 105;
  OaiServer oai;

  @BeforeAll
  void start(@TempDir Path dir) {
    oai = new OaiServer(dir, FILLERS);
  }

  @AfterAll
  void stop() {
    oai.close();
  }

  // 4.2 Identify
  @Test
  void identify() {
    Document doc = oai.get("verb=Identify");
    assertThat(texts(doc, "repositoryName")).containsExactly("Polka");
    assertThat(texts(doc, "baseURL")).containsExactly(oai.baseUrl());
    assertThat(texts(doc, "protocolVersion")).containsExactly("2.0");
    assertThat(texts(doc, "deletedRecord")).containsExactly("persistent");
    String earliest = texts(doc, "earliestDatestamp").get(0);
    List<String> stamps = harvest("ListIdentifiers", "oai_dc", "").stream()
        .map(h -> texts(h, "datestamp")).flatMap(List::stream).toList();
    assertThat(stamps).allMatch(s -> s.compareTo(earliest) >= 0).contains(earliest);
  }

  // 4.4 ListMetadataFormats
  @Test
  void listMetadataFormats() {
    Document doc = oai.get("verb=ListMetadataFormats");
    assertThat(texts(doc, "metadataPrefix")).containsExactly("oai_dc", "jats");
    assertThat(texts(doc, "metadataNamespace")).containsExactly(
        "http://www.openarchives.org/OAI/2.0/oai_dc/", "https://jats.nlm.nih.gov/ns/archiving/1.3/");
    assertThat(texts(doc, "schema")).first().isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
  }

  // 4.6 ListSets: journals and disciplines under stable, transliterated setSpecs.
  @Test
  void listSets() {
    Document doc = oai.get("verb=ListSets");
    List<String> specs = texts(doc, "setSpec");
    assertThat(specs).contains("journal", "discipline", "journal:filler-journal", "journal:journal-of-tests",
        "discipline:mathematics", "discipline:istoriia-i-arkheologiia",
        "journal:vestnik-tomskogo-gosudarstvennogo-universiteta-istoriia");
    assertThat(texts(doc, "setName")).contains(OaiSamples.RU_JOURNAL, OaiSamples.RU_DISCIPLINE);
    assertThat(all(doc, "resumptionToken")).isEmpty();
  }

  // 4.6: a repository with no sets answers noSetHierarchy (to ListSets and to a set argument).
  @Test
  void noSetHierarchyWithoutSets(@TempDir Path empty) {
    try (Catalog catalog = Catalog.openSqlite(empty.resolve("catalog.db"))) {
      catalog.put(List.of(new Catalog.Incoming(OaiSamples.bare(), null, null)));
      OaiProvider provider = new OaiProvider(catalog.changes(),
          new OaiProvider.Settings("Polka", "admin@example.org", 10), Clock.systemUTC());
      Document sets = OaiSchemas.valid(provider.respond("http://localhost/oai",
          Map.of("verb", List.of("ListSets"))));
      assertThat(error(sets)).isEqualTo("noSetHierarchy");
      Document records = OaiSchemas.valid(provider.respond("http://localhost/oai", Map.of(
          "verb", List.of("ListRecords"), "metadataPrefix", List.of("oai_dc"), "set", List.of("journal"))));
      assertThat(error(records)).isEqualTo("noSetHierarchy");
    }
  }

  // 4.1 GetRecord in oai_dc: the Dublin Core fields, sets in the header.
  @Test
  void getRecordInDublinCore() {
    Document doc = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:polka:" + oai.russian);
    assertThat(texts(doc, "identifier")).contains("oai:polka:" + oai.russian,
        oai.web.base + "/articles/" + oai.russian, "https://doi.org/10.17223/19988613/61/3");
    assertThat(texts(doc, "setSpec")).containsExactly(
        "journal:vestnik-tomskogo-gosudarstvennogo-universiteta-istoriia", "discipline:istoriia-i-arkheologiia");
    assertThat(texts(doc, "creator")).containsExactly("Бахтиёр Рашидов", "Иванов П.Л.");
    assertThat(all(doc, "description")).extracting(e -> e.getAttribute("xml:lang")).containsExactly("ru", "en");
    assertThat(texts(doc, "source")).containsExactly(
        OaiSamples.RU_JOURNAL + ", vol. 3, no. 61, pp. 23-31", "urn:issn:1998-8613");
    assertThat(texts(doc, "rights")).containsExactly("CC BY");
    assertThat(texts(doc, "date")).containsExactly("2019");
  }

  // 4.1 GetRecord in jats: affiliations, both abstracts, keywords, licence, DOI, journal citation.
  @Test
  void getRecordInJats() {
    Document doc = oai.get("verb=GetRecord&metadataPrefix=jats&identifier=oai:polka:" + oai.russian);
    assertThat(texts(doc, "aff")).containsExactly("Томский государственный университет, Томск, Россия",
        "Казанский федеральный университет", "Институт истории АН РТ");
    assertThat(texts(doc, "surname")).containsExactly("Рашидов", "Иванов");
    assertThat(texts(doc, "contrib-id")).containsExactly("0000-0002-1825-0097");
    assertThat(all(doc, "abstract")).extracting(e -> e.getAttribute("xml:lang")).containsExactly("ru");
    assertThat(all(doc, "trans-abstract")).extracting(e -> e.getAttribute("xml:lang")).containsExactly("en");
    assertThat(texts(doc, "kwd")).containsExactly("историография", "Центральная Азия", "Russia");
    assertThat(texts(doc, "license-p")).containsExactly("CC BY");
    assertThat(texts(doc, "article-id")).containsExactly("10.17223/19988613/61/3");
    assertThat(texts(doc, "journal-title")).containsExactly(OaiSamples.RU_JOURNAL);
    assertThat(List.of(texts(doc, "issn"), texts(doc, "volume"), texts(doc, "issue"), texts(doc, "fpage"),
        texts(doc, "lpage"))).containsExactly(List.of("1998-8613"), List.of("3"), List.of("61"), List.of("23"),
        List.of("31"));
    Document english = oai.get("verb=GetRecord&metadataPrefix=jats&identifier=oai:polka:" + oai.english);
    assertThat(texts(english, "article-title")).containsExactly("Counting <angle> brackets & ampersands");
    assertThat(texts(english, "string-name")).containsExactly("Jane Q. Smith", "Consortium of Testers");
    assertThat(all(english, "pub-date").get(0).getAttribute("iso-8601-date")).isEqualTo("2020-05-17");
  }

  // 4.1: characters XML cannot carry are dropped, so the response stays well-formed.
  @Test
  void controlCharactersAreDropped() {
    Document doc = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:polka:" + oai.bare);
    assertThat(texts(doc, "title")).containsExactly("Untitled notes with a bell");
  }

  // 4.3 ListIdentifiers and 3.5 flow control: pages of 100, completeListSize, cursor, final empty token.
  @Test
  void listIdentifiersPagesWithResumptionTokens() {
    List<Document> pages = harvest("ListIdentifiers", "oai_dc", "");
    assertThat(pages).hasSize(2);
    Element first = all(pages.get(0), "resumptionToken").get(0);
    assertThat(first.getAttribute("completeListSize")).isEqualTo(String.valueOf(3 + FILLERS));
    assertThat(first.getAttribute("cursor")).isEqualTo("0");
    assertThat(first.getTextContent()).isNotBlank();
    Element last = all(pages.get(1), "resumptionToken").get(0);
    assertThat(last.getAttribute("cursor")).isEqualTo("100");
    assertThat(last.getTextContent()).isEmpty();
    List<String> ids = pages.stream().flatMap(p -> texts(p, "identifier").stream()).toList();
    assertThat(ids).hasSize(3 + FILLERS).doesNotHaveDuplicates();
    List<String> stamps = pages.stream().flatMap(p -> texts(p, "datestamp").stream()).toList();
    assertThat(stamps).isSorted();
  }

  // 4.5 ListRecords with a set: only that set's records, each with metadata.
  @Test
  void listRecordsOfASet() {
    List<Document> pages = harvest("ListRecords", "jats", "&set=discipline:mathematics");
    List<String> titles = pages.stream().flatMap(p -> texts(p, "article-title").stream()).toList();
    assertThat(titles).hasSize(1 + FILLERS).contains("Counting <angle> brackets & ampersands")
        .doesNotContain("Untitled notes with a bell");
    assertThat(pages.stream().flatMap(p -> all(p, "record").stream()).toList()).hasSize(1 + FILLERS);
    List<String> journal = harvest("ListIdentifiers", "oai_dc", "&set=journal").stream()
        .flatMap(p -> texts(p, "identifier").stream()).toList();
    assertThat(journal).hasSize(2 + FILLERS).doesNotContain("oai:polka:" + oai.bare);
  }

  // 3.5: a token holds the whole request, so it is the only argument needed, and the page after it
  // is the same from a server that has restarted (tokens keep no server state).
  @Test
  void resumptionTokenSurvivesARestart() {
    Document first = oai.get("verb=ListRecords&metadataPrefix=oai_dc&set=journal:filler-journal");
    String token = texts(first, "resumptionToken").get(0);
    List<String> expected = headerIds(oai.get("verb=ListRecords&resumptionToken=" + token));
    String oldBase = oai.baseUrl();
    oai.restart();
    assertThat(oai.baseUrl()).isNotEqualTo(oldBase);
    assertThat(headerIds(oai.get("verb=ListRecords&resumptionToken=" + token)))
        .isEqualTo(expected).hasSize(5);
  }

  private static List<String> headerIds(Document doc) {
    return all(doc, "header").stream().map(h -> texts(h, "identifier").get(0)).toList();
  }

  // 2.5.1 deleted records: a deleted article stays as a tombstone with a new datestamp.
  @Test
  void deletedArticlesStayAsTombstones() {
    long id = oai.fillers.get(0);
    String before = texts(oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:polka:" + id),
        "datestamp").get(0);
    assertThat(oai.web.library.ingester().delete(id)).isTrue();
    Document doc = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:polka:" + id);
    Element header = all(doc, "header").get(0);
    assertThat(header.getAttribute("status")).isEqualTo("deleted");
    assertThat(all(doc, "metadata")).isEmpty();
    assertThat(texts(doc, "datestamp").get(0)).isGreaterThanOrEqualTo(before);
    List<Element> deleted = harvest("ListRecords", "oai_dc", "&set=journal:filler-journal").stream()
        .flatMap(p -> all(p, "header").stream()).filter(h -> h.getAttribute("status").equals("deleted")).toList();
    assertThat(deleted).hasSize(1);
    assertThat(oai.web.get("/api/articles/" + id).statusCode()).isEqualTo(404);
    assertThat(oai.web.library.catalog().get(id)).isEmpty();
  }

  /** Every page of a list request, following resumption tokens. */
  private List<Document> harvest(String verb, String prefix, String more) {
    List<Document> pages = new ArrayList<>();
    Document page = oai.get("verb=" + verb + "&metadataPrefix=" + prefix + more);
    while (true) {
      assertThat(error(page)).isNull();
      pages.add(page);
      List<String> token = texts(page, "resumptionToken");
      if (token.isEmpty() || token.get(0).isEmpty()) {
        return pages;
      }
      page = oai.get("verb=" + verb + "&resumptionToken=" + token.get(0));
    }
  }
}
