package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FootnoteCitationsTest {
  @Test
  void leadInRemovedAndProseNotesSkipped() {
    assertThat(FootnoteCitations.citations(List.of(
        "Vgl. hierzu näher Karl Mayer/Walter Roth, Lebensläufe im Wandel, in: Anna Weber (Hrsg.), Handlungsräume, Stuttgart 1989, S. 41-60.",
        "Der Übergang zur ersten Geburt ist durch die fertile Phase begrenzt.",
        "Für einen Überblick vgl. Jan Huber, Familie heute, in: Zeitschrift für Soziologie, 32 (2003), S. 506-527.")))
        .containsExactly(
            "Karl Mayer/Walter Roth, Lebensläufe im Wandel, in: Anna Weber (Hrsg.), Handlungsräume, Stuttgart 1989, S. 41-60.",
            "Jan Huber, Familie heute, in: Zeitschrift für Soziologie, 32 (2003), S. 506-527.");
  }

  /** Regression: several footnotes in one paragraph, numbers followed by a tab, were one or none. */
  @Test
  void footnotesFoundLineByLine() {
    List<String> notes = FootnoteCitations.footnotesInText(List.of(
        "Body text with a marker.1 And more.2",
        "1\t Klaus Weber: Auf dem Prüfstand, in: WSI-Mitteilungen 1/2008, S. 3-9.\n2\t ebenda",
        "3 Hans Urban: Die Mosaik-Linke, in: Blätter für Politik 5/2009, S. 71-78, hier",
        "S. 72."));
    assertThat(notes).containsExactly(
        "Klaus Weber: Auf dem Prüfstand, in: WSI-Mitteilungen 1/2008, S. 3-9.", "ebenda",
        "Hans Urban: Die Mosaik-Linke, in: Blätter für Politik 5/2009, S. 71-78, hier");
  }

  @Test
  void aFooterWithTheSameNumberGivesWayToTheNote() {
    assertThat(FootnoteCitations.footnotesInText(List.of("1 Siehe Anna Roth, Titel, Berlin 2001, S. 4.",
        "2 Annual Report", "2 Vgl. Otto Kern, Buch, München 1999, S. 7.")))
        .containsExactly("Siehe Anna Roth, Titel, Berlin 2001, S. 4.", "Vgl. Otto Kern, Buch, München 1999, S. 7.");
  }
}
