package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Reference;

class ReferenceExtractorTest {
  private final ReferenceExtractor extractor = ReferenceExtractor.standard();

  @Test
  void bibliographyTakenOutOfTheBodyAndParsed() {
    var got = extractor.fromBody(List.of("Introduction", "Our results hold (Hale 2003).", "References",
        "Hale, P. (2003). Rivers of the north. Hydrology Today, 4, 10-19.",
        "Ivers, M. and Moss, T. (2008). Lakes. London: Water Press."));
    assertThat(got.heading()).isEqualTo("References");
    assertThat(got.body()).containsExactly("Introduction", "Our results hold (Hale 2003).");
    assertThat(got.references()).extracting(Reference::year).containsExactly("2003", "2008");
    assertThat(got.references().get(1).publisher()).isEqualTo("Water Press");
  }

  @Test
  void footnoteCitationsParsed() {
    List<Reference> refs = extractor.fromFootnotes(List.of(
        "Vgl. Hans Roth, Die Stadt im Wandel, Berlin 2004, S. 12-20.", "Siehe oben."));
    assertThat(refs).hasSize(1);
    assertThat(refs.get(0).year()).isEqualTo("2004");
    assertThat(refs.get(0).pages()).isEqualTo("12-20");
  }
}
