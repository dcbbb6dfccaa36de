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

  /** Regression: back-references that name their author were dropped (no year); a bare one gives nothing. */
  @Test
  void namedBackReferencesKeptBareOnesNot() {
    assertThat(FootnoteCitations.citations(List.of("Vgl. Dieter Lang, a.a.O., S. 348", "Ebd., S. 26.",
        "ebenda", "Georg Roth, ebd., S. 40")))
        .containsExactly("Dieter Lang, a.a.O., S. 348", "Georg Roth, ebd., S. 40");
  }

  /** Regression: a footnote citing several works gave one entry. */
  @Test
  void severalWorksInOneFootnote() {
    assertThat(FootnoteCitations.citations(List.of(
        "Karl Ost, Der große Weg. Die Emigration 1917 bis 1941, München 1994; Anna Nord, Hass. Säuberungen im 20. Jahrhundert, München 2004.",
        "Otto Feld, Recht und Staat, Chicago 1960; ders., Recht und Freiheit, Tübingen 2003.",
        "Jan Gerke, ebd., S. 40. Paul Sarr, Regionen in Ungarn, in: Regionalpolitik, Pécs 1994, S. 79-90.")))
        .containsExactly("Karl Ost, Der große Weg. Die Emigration 1917 bis 1941, München 1994",
            "Anna Nord, Hass. Säuberungen im 20. Jahrhundert, München 2004.",
            "Otto Feld, Recht und Staat, Chicago 1960; ders., Recht und Freiheit, Tübingen 2003.",
            "Jan Gerke, ebd., S. 40", "Paul Sarr, Regionen in Ungarn, in: Regionalpolitik, Pécs 1994, S. 79-90.");
  }

  /** Regression: "SozSich 8/2008" had no year, "(Hgg.): …" no comma, and a next note's number ran in. */
  @Test
  void issueSlashYearEditorsWithColonAndARunInNoteNumber() {
    assertThat(FootnoteCitations.citations(List.of(
        "vgl. Udo Kern: Sozialwahl 2011, in: SozSich 8/2010, S. 237",
        "Maria Kiel / Carl Conz (Hgg.): Kultur & Geschichte. Neue Einblicke. Leipzig 1998.",
        "Ivan Plat: \"Lesoruby\", in: Izvestija, 4.3.1994, S. 2. 8 Vera Gol: \"Rubili\", in: Trud, 5.3.1994, S. 3.")))
        .containsExactly("Udo Kern: Sozialwahl 2011, in: SozSich 8/2010, S. 237",
            "Maria Kiel / Carl Conz (Hgg.): Kultur & Geschichte. Neue Einblicke. Leipzig 1998.",
            "Ivan Plat: \"Lesoruby\", in: Izvestija, 4.3.1994, S. 2.", "Vera Gol: \"Rubili\", in: Trud, 5.3.1994, S. 3.");
  }
}
