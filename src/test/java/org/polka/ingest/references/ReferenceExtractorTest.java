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

  private static final List<String> PAPER = List.of("Einleitung",
      "Die Reform wird als Wettbewerb beschrieben.", "Literatur",
      "Berger, Karl. (2011). Hochschulen im Wandel. Wiesbaden: Springer VS.",
      "Lind, Anna. (2005). Steuerung und Geschlecht. Zeitschrift für Hochschulforschung, 3(2), 40–55.");

  /**
   * Regression: a paper that lists its sources and also cites in notes lost the notes' citations
   * (only the list was read); a note citing a work the list leaves out is now added.
   */
  @Test
  void notesCitingUnlistedWorksAreAddedToTheList() {
    List<Reference> refs = extractor.fromDocument(PAPER, List.of(), List.of(
        "Vgl. Otto Kranz, Die Universität und ihre Verwaltung, Kassel 1999, S. 12.",
        "Die Interviews wurden 2012 geführt."));
    assertThat(refs).extracting(Reference::year).containsExactly("2011", "2005", "1999");
    assertThat(refs.get(2).authors().getFirst().family()).isEqualTo("Kranz");
  }

  @Test
  void notesCitingListedWorksOrProseAddNothing() {
    List<Reference> refs = extractor.fromDocument(PAPER, List.of(), List.of(
        "Die Reform gilt als Wettbewerb (vgl. Berger 2011: 108f.; LIND 2005: 5f.).",
        "For an overview of the debate, see Lind (2005), pp. 3-9."));
    assertThat(refs).extracting(Reference::year).containsExactly("2011", "2005");
  }

  @Test
  void aListedEntryTheLayoutTookForANoteIsNotCountedTwice() {
    List<Reference> refs = extractor.fromDocument(PAPER, List.of(), List.of(
        "Lind, Anna. (2005). Steuerung und Geschlecht."));
    assertThat(refs).hasSize(2);
  }

  @Test
  void withoutAListTheNotesAreTheReferences() {
    List<Reference> refs = extractor.fromDocument(List.of("Einleitung", "Text."), List.of(),
        List.of("Vgl. Otto Kranz, Die Universität und ihre Verwaltung, Kassel 1999, S. 12."));
    assertThat(refs).extracting(Reference::year).containsExactly("1999");
  }
}
