package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.PersonName;
import org.polka.article.Reference;
import org.polka.ingest.references.Fields;
import org.polka.ingest.references.Labels;
import org.polka.ingest.references.Segment;

class CitationAnnotationsTest {
  @TempDir
  Path dir;

  @Test
  void biblElementsBecomeLabelledSegmentsAndGoldFields() throws Exception {
    Files.writeString(dir.resolve("a.training.references.tei.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <tei><listBibl>
        <bibl><author>Akaike, H.</author> (<date>1974</date>). <title level="a">A new look</title>. \
        <title level="j">IEEE Trans. Automatic Control</title> <biblScope unit="volume">19</biblScope> \
        <biblScope unit="page">716-723</biblScope>.</bibl>
        <bibl><author>Birge, L.</author> (<date>1997</date>). <title level="m">Festschrift</title>. \
        <publisher>Springer</publisher>, <pubPlace>New York</pubPlace>. <idno type="DOI">10.1/x</idno></bibl>
        </listBibl></tei>
        """);
    Files.writeString(dir.resolve("broken.xml"), "<tei><bibl>");
    CitationAnnotations all = CitationAnnotations.read(dir);
    assertThat(all.entries()).hasSize(2);
    assertThat(all.unreadable()).singleElement().asString().startsWith("broken.xml");
    CitationAnnotations.Entry first = all.entries().get(0);
    assertThat(first.segments()).contains(new Segment("Akaike, H.", "author"),
        new Segment("IEEE Trans. Automatic Control", "journal"), new Segment("716-723", "pages"));
    assertThat(first.segments()).anyMatch(s -> s.label().equals(Labels.OTHER) && s.text().contains("("));
    Reference gold = Fields.of(first.text(), first.segments());
    assertThat(gold.authors()).containsExactly(new PersonName("H.", "Akaike"));
    assertThat(gold.title()).isEqualTo("A new look");
    assertThat(gold.container()).isEqualTo("IEEE Trans. Automatic Control");
    assertThat(gold.volume()).isEqualTo("19");
    Reference book = Fields.of(all.entries().get(1).text(), all.entries().get(1).segments());
    assertThat(book.title()).isEqualTo("Festschrift");
    assertThat(book.container()).isNull();
    assertThat(book.publisher()).isEqualTo("Springer");
    assertThat(book.place()).isEqualTo("New York");
    assertThat(book.doi()).isEqualTo("10.1/x");
  }

  @Test
  void holdOutIsFixedAndAboutAFifth() {
    int held = 0;
    for (int i = 0; i < 1000; i++) {
      var e = new CitationAnnotations.Entry("file" + (i % 37) + ".xml", i, java.util.List.of());
      held += e.heldOut() ? 1 : 0;
      assertThat(e.heldOut()).isEqualTo(new CitationAnnotations.Entry(e.file(), i, java.util.List.of()).heldOut());
    }
    assertThat(held).isBetween(150, 250);
  }
}
