package org.polka.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polka.oai.OaiSchemas.all;
import static org.polka.oai.OaiSchemas.texts;
import static org.polka.oai.OaiServer.error;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * OAI-PMH 2.0 conformance, part one: section 3 of the specification (requests, responses,
 * datestamps, selective harvesting, flow control, errors), against a real server, every response
 * validated against the OAI-PMH and format schemas.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiProtocolTest {
  OaiServer oai;

  @BeforeAll
  void start(@TempDir Path dir) {
    oai = new OaiServer(dir, 0);
  }

  @AfterAll
  void stop() {
    oai.close();
  }

  // 3.1.1 HTTP request format: GET and POST give the same answer.
  @Test
  void getAndPostAnswerAlike() {
    Document get = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:polka:" + oai.russian);
    Document post = oai.post("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai%3Apolka%3A" + oai.russian);
    assertThat(texts(post, "title")).isEqualTo(texts(get, "title")).isNotEmpty();
    assertThat(error(post)).isNull();
    assertThat(error(oai.post("verb=Nonsense"))).isEqualTo("badVerb");
  }

  // 3.2 response format: responseDate in UTC, request echoed with its arguments.
  @Test
  void responseDateIsUtcAndRequestIsEchoed() {
    Document doc = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=discipline");
    String responseDate = texts(doc, "responseDate").get(0);
    assertThat(responseDate).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(Instant.parse(responseDate)).isCloseTo(Instant.now(), within());
    Element request = all(doc, "request").get(0);
    assertThat(request.getTextContent()).isEqualTo(oai.baseUrl());
    assertThat(request.getAttribute("verb")).isEqualTo("ListIdentifiers");
    assertThat(request.getAttribute("metadataPrefix")).isEqualTo("oai_dc");
    assertThat(request.getAttribute("set")).isEqualTo("discipline");
  }

  // 3.2: after badVerb and badArgument the request element carries the base URL only.
  @ParameterizedTest
  @ValueSource(strings = {"verb=Bogus&metadataPrefix=oai_dc", "verb=ListRecords&metadataPrefix=oai_dc&bogus=1"})
  void badRequestsEchoOnlyTheBaseUrl(String query) {
    Document doc = oai.get(query);
    assertThat(error(doc)).isIn("badVerb", "badArgument");
    Element request = all(doc, "request").get(0);
    assertThat(request.getAttributes().getLength()).isZero();
    assertThat(request.getTextContent()).isEqualTo(oai.baseUrl());
  }

  // 3.2: other errors echo the arguments.
  @Test
  void otherErrorsEchoTheArguments() {
    Document doc = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:polka:999999");
    assertThat(error(doc)).isEqualTo("idDoesNotExist");
    assertThat(all(doc, "request").get(0).getAttribute("identifier")).isEqualTo("oai:polka:999999");
  }

  // 3.3.1 UTCdatetime: datestamps at the granularity Identify declares.
  @Test
  void datestampsHaveTheDeclaredGranularity() {
    String granularity = texts(oai.get("verb=Identify"), "granularity").get(0);
    assertThat(granularity).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
    List<String> stamps = texts(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc"), "datestamp");
    assertThat(stamps).hasSize(3).allMatch(s -> s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
  }

  // 3.3.1 selective harvesting by from/until, in both granularities; bounds are inclusive.
  @Test
  void fromAndUntilSelectInclusively() {
    List<String> stamps = texts(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc"), "datestamp");
    String first = stamps.get(0);
    String last = stamps.get(stamps.size() - 1);
    assertThat(texts(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + first + "&until=" + last),
        "identifier")).hasSize(3);
    assertThat(texts(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + first), "datestamp"))
        .allMatch(s -> s.equals(first));
    String day = first.substring(0, 10);
    assertThat(texts(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day + "&until="
        + last.substring(0, 10)), "identifier")).hasSize(3);
    String tomorrow = Instant.parse(last).plus(1, ChronoUnit.DAYS).toString().substring(0, 10);
    assertThat(error(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + tomorrow)))
        .isEqualTo("noRecordsMatch");
    assertThat(error(oai.get("verb=ListRecords&metadataPrefix=oai_dc&until=1999-01-01")))
        .isEqualTo("noRecordsMatch");
  }

  // 3.3.1: bad dates, mixed granularities and from later than until are bad arguments.
  @ParameterizedTest
  @ValueSource(strings = {"from=2020-13-01", "from=2020-01-01T00:00:00", "until=yesterday",
      "from=2020-01-01&until=2021-01-01T00:00:00Z", "from=2021-01-01&until=2020-01-01",
      "from=2020-02-30", "from=2020-01-01T00:00:00.5Z"})
  void malformedDatesAreBadArguments(String dates) {
    assertThat(error(oai.get("verb=ListRecords&metadataPrefix=oai_dc&" + dates))).isEqualTo("badArgument");
  }

  // 3.6 errors: badVerb when the verb is missing, repeated or unknown.
  @ParameterizedTest
  @ValueSource(strings = {"", "metadataPrefix=oai_dc", "verb=Identify&verb=Identify", "verb=identify",
      "verb=ListAll"})
  void badVerb(String query) {
    assertThat(error(oai.get(query))).isEqualTo("badVerb");
  }

  // 3.6 errors: badArgument for illegal, repeated, missing or empty arguments.
  @ParameterizedTest
  @ValueSource(strings = {"verb=Identify&metadataPrefix=oai_dc", "verb=ListRecords",
      "verb=ListIdentifiers&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "verb=GetRecord&metadataPrefix=oai_dc",
      "verb=GetRecord&identifier=oai:polka:1", "verb=ListRecords&metadataPrefix=oai_dc&set=",
      "verb=ListRecords&metadataPrefix=oai_dc&set=bad%20set", "verb=ListSets&set=journal",
      "verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "verb=ListMetadataFormats&set=x"})
  void badArgument(String query) {
    assertThat(error(oai.get(query))).isEqualTo("badArgument");
  }

  // 3.6 errors: badResumptionToken for tokens this server did not issue, or issued for another verb.
  @Test
  void badResumptionToken() {
    assertThat(error(oai.get("verb=ListRecords&resumptionToken=not-a-token"))).isEqualTo("badResumptionToken");
    String token = new ResumptionToken("ListIdentifiers", "oai_dc", null, null, null,
        "2020-01-01T00:00:00Z", 1, 1).encode();
    assertThat(error(oai.get("verb=ListIdentifiers&resumptionToken=" + token))).isNull();
    assertThat(error(oai.get("verb=ListRecords&resumptionToken=" + token))).isEqualTo("badResumptionToken");
    String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    assertThat(error(oai.get("verb=ListIdentifiers&resumptionToken=" + altered))).isEqualTo("badResumptionToken");
    assertThat(error(oai.get("verb=ListSets&resumptionToken=" + token))).isEqualTo("badResumptionToken");
  }

  // 3.6 errors: cannotDisseminateFormat for formats the repository does not have.
  @ParameterizedTest
  @ValueSource(strings = {"verb=ListRecords&metadataPrefix=marc21",
      "verb=ListIdentifiers&metadataPrefix=oai_openaire", "verb=GetRecord&metadataPrefix=mods&identifier=oai:polka:1"})
  void cannotDisseminateFormat(String query) {
    assertThat(error(oai.get(query))).isEqualTo("cannotDisseminateFormat");
  }

  // 3.6 errors: idDoesNotExist for unknown and malformed identifiers.
  @ParameterizedTest
  @ValueSource(strings = {"oai:polka:0", "oai:polka:abc", "oai:elsewhere:1", "1"})
  void idDoesNotExist(String identifier) {
    assertThat(error(oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier)))
        .isEqualTo("idDoesNotExist");
    assertThat(error(oai.get("verb=ListMetadataFormats&identifier=" + identifier))).isEqualTo("idDoesNotExist");
  }

  // 3.6 errors: noRecordsMatch for a set that does not exist or is empty in the dates.
  @Test
  void noRecordsMatch() {
    assertThat(error(oai.get("verb=ListRecords&metadataPrefix=oai_dc&set=journal:no-such-journal")))
        .isEqualTo("noRecordsMatch");
    assertThat(error(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&set=topic"))).isEqualTo("noRecordsMatch");
  }

  // 3.6 errors: noMetadataFormats cannot arise, since every item (tombstones too) has both formats.
  @Test
  void everyItemHasEveryFormat() {
    for (long id : List.of(oai.russian, oai.english, oai.bare)) {
      Document doc = oai.get("verb=ListMetadataFormats&identifier=oai:polka:" + id);
      assertThat(error(doc)).isNull();
      assertThat(texts(doc, "metadataPrefix")).containsExactly("oai_dc", "jats");
    }
  }

  private static org.assertj.core.data.TemporalUnitOffset within() {
    return new org.assertj.core.data.TemporalUnitWithinOffset(2, ChronoUnit.MINUTES);
  }
}
