package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repairs on stretches labelled by hand as the tagger mislabels them. */
class SegmentRepairsTest {
  private static Segment s(String label, String text) {
    return new Segment(text, label);
  }

  /** Regression: the volume's title after "(Hrsg.):" was taken for the publisher (SSOAR de). */
  @Test
  void volumeTitleAfterItsEditorsIsTheContainer() {
    List<Segment> got = SegmentRepairs.apply(List.of(s("author", "Klaus Rahn"), s("other", ": "),
        s("title", "Wandel der Arbeit"), s("other", ", in: "), s("editor", "Uta Kern/Ole Vogt"),
        s("other", " (Hrsg.): "), s("publisher", "Moderne Betriebe"), s("other", ", "),
        s("place", "Kassel"), s("date", "2010")));
    assertThat(got.get(6)).isEqualTo(s("booktitle", "Moderne Betriebe"));
  }

  @Test
  void publisherAfterEditorsStaysWhenAContainerIsThere() {
    List<Segment> in = List.of(s("title", "Wandel"), s("other", ", in: "), s("editor", "Uta Kern"),
        s("other", " (Hrsg.): "), s("booktitle", "Betriebe"), s("other", ", "),
        s("publisher", "Campus"), s("other", ", "), s("place", "Frankfurt"));
    assertThat(SegmentRepairs.apply(in)).isEqualTo(in);
  }

  /** Regression: "in: Schmollers Jahrbuch, 120 (2000)" gave the journal as editors, no container. */
  @Test
  void editorsRightAfterInWithoutAnEditorsMarkBeforeAVolumeAreTheJournal() {
    List<Segment> got = SegmentRepairs.apply(List.of(s("author", "Eva Roth"), s("other", ", "),
        s("title", "Ehe und Beruf"), s("other", ", in: "), s("editor", "Jahrbuch für Familie"),
        s("other", ", "), s("volume", "12"), s("other", " ("), s("date", "2001")));
    assertThat(got.get(4)).isEqualTo(s("journal", "Jahrbuch für Familie"));
  }

  /** Regression: "(Hrsg.), Handlungsspielräume. Untersuchungen zur …" lost the volume's subtitle. */
  @Test
  void aSecondTitleRightAfterTheContainerIsItsSubtitle() {
    List<Segment> got = SegmentRepairs.apply(List.of(s("title", "Lebensläufe"), s("other", ", in: "),
        s("editor", "Ada Berg"), s("other", " (Hrsg.), "), s("booktitle", "Spielräume"),
        s("other", ". "), s("title", "Studien zur Moderne"), s("other", ", "), s("place", "Ulm")));
    assertThat(got.get(6)).isEqualTo(s("booktitle", "Studien zur Moderne"));
    assertThat(Fields.of("x", got).container()).isEqualTo("Spielräume. Studien zur Moderne");
  }
}
