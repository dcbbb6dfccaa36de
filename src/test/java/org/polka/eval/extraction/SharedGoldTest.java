package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polka.SharedData;
import org.polka.article.Reference;

/** The gold readers on the real annotation files: every entry read, the fields found. */
class SharedGoldTest {

  @Test
  void everySegmentedSsoarLineBecomesAnEntryWithItsFields() throws Exception {
    Path dir = SharedData.require("data/extraction/ssoar-en-dev/references-segmented");
    int lines = 0;
    int withTitle = 0;
    int withAuthors = 0;
    int entries = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        lines += (int) text.lines().filter(l -> !l.isBlank()).count();
        List<Reference> gold = SsoarReferences.gold(text);
        entries += gold.size();
        assertThat(gold).allMatch(r -> r.raw() != null
            && !r.raw().matches(".*</?(author|surname|title|year|source|fpage)>.*"));
        withTitle += (int) gold.stream().filter(r -> r.title() != null).count();
        withAuthors += (int) gold.stream().filter(r -> !r.authors().isEmpty()).count();
      }
    }
    assertThat(entries).isEqualTo(lines).isGreaterThan(1000);
    assertThat(withTitle).isGreaterThan(entries * 9 / 10);
    assertThat(withAuthors).isGreaterThan(entries * 8 / 10);
  }

  @Test
  void headerAnnotationsOfGrobidTestPdfsHaveTitlesAndAuthors() throws Exception {
    Path tei = SharedData.require("data/extraction/grobid-annotations/header/tei");
    Path pdfs = SharedData.require("data/extraction/grobid-test-pdfs");
    int pairs = 0;
    try (Stream<Path> files = Files.list(pdfs)) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
        Path gold = tei.resolve(pdf.getFileName().toString().replace(".pdf", ".training.header.tei.xml"));
        if (Files.exists(gold)) {
          HeaderGold g = HeaderGold.parse(gold);
          assertThat(g.title()).as(gold.toString()).isNotBlank();
          assertThat(g.authors()).as(gold.toString()).isNotEmpty();
          pairs++;
        }
      }
    }
    assertThat(pairs).isGreaterThanOrEqualTo(10);
  }
}
