package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Reference;

/** How labelled segments become a reference's fields. */
class FieldsTest {
  private static Segment s(String text, String label) {
    return new Segment(text, label);
  }

  /** Regression: a subtitle after a full stop was cut off the title ("Die Schweigespirale"). */
  @Test
  void aTitleAndItsSubtitleAreOneTitle() {
    Reference r = Fields.of("Aral, K. (1998): Salz und Seide. Wege durch den Pamir. Berlin.", List.of(
        s("Aral, K.", "author"), s(" (", Labels.OTHER), s("1998", "date"), s("): ", Labels.OTHER),
        s("Salz und Seide", "title"), s(". ", Labels.OTHER), s("Wege durch den Pamir", "title"),
        s(". ", Labels.OTHER), s("Berlin", "place"), s(".", Labels.OTHER)));

    assertThat(r.title()).isEqualTo("Salz und Seide. Wege durch den Pamir");
    assertThat(r.place()).isEqualTo("Berlin");
  }

  @Test
  void aMonographsSubtitleTakenForAJournalIsPartOfTheTitle() {
    Reference r = Fields.of("Kamila Aral, Salz und Seide. Wege durch den Pamir, Berlin 1998.", List.of(
        s("Kamila Aral", "author"), s(", ", Labels.OTHER), s("Salz und Seide", "title"),
        s(". ", Labels.OTHER), s("Wege durch den Pamir", "journal"), s(", ", Labels.OTHER),
        s("Berlin", "place"), s(" ", Labels.OTHER), s("1998", "date"), s(".", Labels.OTHER)));

    assertThat(r.title()).isEqualTo("Salz und Seide. Wege durch den Pamir");
    assertThat(r.container()).isNull();
  }

  @Test
  void aJournalAfterTheTitleOfAnArticleStaysTheJournal() {
    Reference r = Fields.of("Aral, K. (1998). Salz. Pamir Studies, 3, 1-9. Berlin.", List.of(
        s("Aral, K.", "author"), s(" (", Labels.OTHER), s("1998", "date"), s("). ", Labels.OTHER),
        s("Salz", "title"), s(". ", Labels.OTHER), s("Pamir Studies", "journal"), s(", ", Labels.OTHER),
        s("3", "volume"), s(", ", Labels.OTHER), s("1-9", "pages"), s(". ", Labels.OTHER),
        s("Berlin", "place")));

    assertThat(r.title()).isEqualTo("Salz");
    assertThat(r.container()).isEqualTo("Pamir Studies");
  }

  @Test
  void titlesApartFromEachOtherStayApart() {
    Reference r = Fields.of("Aral, K. (1998): Salz. In: Seide, 3. Berlin.", List.of(
        s("Aral, K.", "author"), s(" (1998): ", Labels.OTHER), s("Salz", "title"),
        s(". In: ", Labels.OTHER), s("Seide", "title"), s(", 3. Berlin.", Labels.OTHER)));

    assertThat(r.title()).isEqualTo("Salz");
  }
}
