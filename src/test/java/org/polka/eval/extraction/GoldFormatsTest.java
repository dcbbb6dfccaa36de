package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.PersonName;
import org.polka.article.Reference;

class GoldFormatsTest {

  @Test
  void readsOneSegmentedSsoarEntryPerLine() {
    String file = """
        <author><surname>Kowalski</surname>, <given-names>J. A.</given-names></author> and <author><surname>Nowak</surname>,<given-names> E.</given-names></author> (<year>2003</year>), <title> ‘Labour & migration’</title>, <source>Journal of Tests</source>, <volume>12 </volume>(<issue>3</issue>), <fpage>10</fpage>–<lpage>29</lpage>.

        <author><surname>Weber</surname>, <given-names>M.</given-names></author> (<year>1922</year>): <title>Wirtschaft und Gesellschaft</title>. <other>Tübingen</other>: <publisher>Mohr</publisher>.
        """;
    List<Reference> gold = SsoarReferences.gold(file);
    assertThat(gold).hasSize(2);
    Reference first = gold.get(0);
    assertThat(first.authors()).containsExactly(new PersonName("J. A.", "Kowalski"),
        new PersonName("E.", "Nowak"));
    assertThat(first.title()).isEqualTo("‘Labour & migration’");
    assertThat(first.container()).isEqualTo("Journal of Tests");
    assertThat(first.year()).isEqualTo("2003");
    assertThat(first.volume()).isEqualTo("12");
    assertThat(first.issue()).isEqualTo("3");
    assertThat(first.pages()).isEqualTo("10-29");
    assertThat(first.raw()).startsWith("Kowalski, J. A. and Nowak, E. (2003), ‘Labour & migration’");
    assertThat(gold.get(1).publisher()).isEqualTo("Mohr");
    assertThat(gold.get(1).container()).isNull();
  }

  /** Regression: the gold's DOIs (marked as identifiers) were not read, so every DOI found counted as wrong. */
  @Test
  void ssoarIdentifiersThatAreDoisAreTheDoi() {
    assertThat(SsoarReferences.entry("<author><surname>Roth</surname></author> (<year>2001</year>) "
        + "<title>Ages</title>. [<identifier>doi: 10.4054/ DemRes.2001.5.2</identifier>].").doi())
        .isEqualTo("10.4054/DemRes.2001.5.2");
    assertThat(SsoarReferences.entry("<title>Ages</title> <identifier>ISSN 2285 – 4916</identifier>").doi())
        .isNull();
  }

  @Test
  void splitsAnnotatedAuthorLinesAndDropsAffiliationMarkers() {
    assertThat(GrobidHeaders.splitAuthors(List.of(
        "Yu.A.Pusep 1* , L.Fernandes dos Santos 1 , D.Smirnov 2 and A.I.Toropov 3",
        "D.Smirnov")))
        .containsExactly("Yu.A.Pusep", "L.Fernandes dos Santos", "D.Smirnov", "A.I.Toropov");
  }

  @Test
  void splitsKeywordLinesAfterTheirLabel() {
    assertThat(GrobidHeaders.splitKeywords(List.of("Keywords: dark energy; supernova type Ia, voids.")))
        .containsExactly("dark energy", "supernova type Ia", "voids");
  }

  @Test
  void readsTitleAuthorsAbstractAndKeywordsFromHeaderTei(@TempDir Path dir) throws Exception {
    Path tei = dir.resolve("x.training.header.tei.xml");
    Files.writeString(tei, """
        <?xml version="1.0" ?>
        <tei xml:space="preserve"><teiHeader><fileDesc xml:id="_x"/></teiHeader>
        <text xml:lang="en"><front>
          <docTitle><titlePart>Sparse Widgets for<lb/> Dense Readers<lb/></titlePart></docTitle>
          <byline><docAuthor>Ann Lee 1 , Bo Chen 2<lb/></docAuthor></byline>
          <byline><affiliation>1 Some University</affiliation></byline>
          <div type="abstract">We study widgets.<lb/> They are sparse.<lb/></div>
          <keyword>Key words: widgets, readers<lb/></keyword>
        </front></text></tei>
        """);
    HeaderGold gold = HeaderGold.parse(tei);
    assertThat(gold.title()).isEqualTo("Sparse Widgets for Dense Readers");
    assertThat(gold.authors()).containsExactly("Ann Lee", "Bo Chen");
    assertThat(gold.abstractText()).isEqualTo("We study widgets. They are sparse.");
    assertThat(gold.keywords()).containsExactly("widgets", "readers");
  }
}
