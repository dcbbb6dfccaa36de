package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BibliographyLocatorTest {
  @Test
  void numberedHeadingSplitsBodyFromBibliography() {
    var found = BibliographyLocator.locate(List.of(
        "Some text about migration.\nMore text.", "25", "7. Literature",
        "Bade, K.J. (1994), Homo Migrans.", "26", "Bartel, A. P. (1989), Where do they live?",
        "Appendix A", "Table A1 shows the data."));
    assertThat(found.heading()).isEqualTo("7. Literature");
    assertThat(found.lines()).containsExactly("Bade, K.J. (1994), Homo Migrans.",
        "Bartel, A. P. (1989), Where do they live?");
    assertThat(found.body()).containsExactly("Some text about migration.\nMore text.", "25",
        "Appendix A", "Table A1 shows the data.");
  }

  /** Regression: an "About the Authors" box read between the two columns ended the list early. */
  @Test
  void aClosingHeadingReadInsideTheListDoesNotEndIt() {
    var found = BibliographyLocator.locate(List.of("Body text of the article.", "References",
        "Aral, K. (2011). Herders of the", "high valleys. Osh: Alai.",
        "Baker, J. (2014). Winter roads", "and passes. Media and", "Roads, 5(3), 70-78.",
        "About the Authors",
        "Chen, L. (2016). Salt traders", "of the Pamir. Kabul: Oxus.",
        "Kamila Aral is a researcher in the field of mountain history from Osh; her work is on trade roads.",
        "John Baker is Professor of Geography at the University of Nowhere, where he studies passes."));

    assertThat(found.lines()).containsExactly("Aral, K. (2011). Herders of the",
        "high valleys. Osh: Alai.", "Baker, J. (2014). Winter roads", "and passes. Media and",
        "Roads, 5(3), 70-78.", "Chen, L. (2016). Salt traders", "of the Pamir. Kabul: Oxus.");
    assertThat(found.after().getFirst()).startsWith("Kamila Aral is");
  }

  /** Regression: the publisher's list of its own series printed after the references became entries. */
  @Test
  void thePublishersSeriesAfterTheListEndsIt() {
    var found = BibliographyLocator.locate(List.of("Body text.", "References",
        "Aral, K. (2011). Herders of the high valleys. Osh: Alai.",
        "Baker, J. (2014). Winter roads. Roads, 5(3), 70-78.",
        "Books published by members of the mountain studies unit",
        "(only available from bookshops)", "Chen, L. (2016): Salt Traders. Kabul: Oxus."));

    assertThat(found.lines()).containsExactly("Aral, K. (2011). Herders of the high valleys. Osh: Alai.",
        "Baker, J. (2014). Winter roads. Roads, 5(3), 70-78.");
  }

  @Test
  void aSeriesNameInsideAnEntryDoesNotEndTheList() {
    var found = BibliographyLocator.locate(List.of("Body text.", "References",
        "Aral, K. (2011). Herders of the high valleys. Osh", "Working Papers in Mountain Studies",
        "12. Baker, J. (2014). Winter roads. Roads, 5(3), 70-78."));

    assertThat(found.lines()).hasSize(3);
  }

  @Test
  void aClosingHeadingFollowedByProseEndsTheList() {
    var found = BibliographyLocator.locate(List.of("Body text.", "References",
        "Aral, K. (2011). Herders of the high valleys. Osh: Alai.", "About the Authors",
        "Kamila Aral is a researcher in the field of mountain history from Osh."));

    assertThat(found.lines()).containsExactly("Aral, K. (2011). Herders of the high valleys. Osh: Alai.");
  }

  /** Regression: a numbered list of references printed without a heading gave no references. */
  @Test
  void aNumberedListOfDatedEntriesEndingTheTextIsAHeadlessBibliography() {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("Body text of the nursing study, line " + i + ", with 1. no list here.");
    }
    List<String> list = List.of("1. Aral K. Care of the patient. Rio de Janeiro: Casa, 2010.",
        "2. Baker J, Chen L. Nursing theories: a report", "of experience. Rev Enf, v.22, 1987; p.47-52.",
        "3. Dunn R. Foundations of nursing. Porto Alegre: Artmed, 1993.",
        "4. Evans S. Introduction to Nursing (2nd ed.) 1984; p.30.",
        "5. Ford T, Gray U. Care after surgery. Rev Bras. 2000; 46 (1): 57-62.");
    lines.addAll(list);

    assertThat(BibliographyLocator.headless(lines)).isEqualTo(list);
  }

  @Test
  void aNumberedListOfPointsIsNoBibliography() {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      lines.add("Body text of the nursing study, line " + i + ".");
    }
    lines.addAll(List.of("1. Patients should move early.", "2. Families should be heard.",
        "3. Nurses need training.", "4. Pain must be measured.", "5. Notes must be kept."));

    assertThat(BibliographyLocator.headless(lines)).isEmpty();
  }

  @Test
  void headingInsideABlockCutsTheBlock() {
    var found = BibliographyLocator.locate(List.of("Body line one.\nReferences\nSmith, J. (2001). A title."));
    assertThat(found.before()).containsExactly("Body line one.");
    assertThat(found.lines()).containsExactly("Smith, J. (2001). A title.");
  }

  @Test
  void transliteratedSecondListIsLeftOut() {
    var found = BibliographyLocator.locate(List.of("Текст статьи.", "Второй абзац.", "Третий абзац.",
        "Четвёртый абзац.", "Список литературы",
        "1. Иванов И.И. Вода Азии. М., 2001.", "References", "1. Ivanov I.I. Voda Azii. Moscow, 2001."));
    assertThat(found.lines()).containsExactly("1. Иванов И.И. Вода Азии. М., 2001.");
    assertThat(found.body()).containsExactly("Текст статьи.", "Второй абзац.", "Третий абзац.",
        "Четвёртый абзац.");
  }

  @Test
  void headingsRecognised() {
    assertThat(BibliographyLocator.isHeading("R e f e r e n c e s")).isTrue();
    assertThat(BibliographyLocator.isHeading("Literaturverzeichnis")).isTrue();
    assertThat(BibliographyLocator.isHeading("Библиографический список")).isTrue();
    assertThat(BibliographyLocator.isHeading("IV. Works Cited")).isTrue();
    assertThat(BibliographyLocator.isHeading("References to earlier work are given below.")).isFalse();
  }

  @Test
  void noHeadingMeansNoBibliography() {
    var found = BibliographyLocator.locate(List.of("Just text.", "More text."));
    assertThat(found.found()).isFalse();
    assertThat(found.body()).containsExactly("Just text.", "More text.");
  }

  /** Regression: a body line ending "… from different sources." was taken for the heading. */
  @Test
  void aSentenceEndingInAHeadingWordIsNoHeading() {
    assertThat(BibliographyLocator.isHeading("sources.")).isFalse();
    var found = BibliographyLocator.locate(List.of("Intro.", "Methods.", "Data come from different",
        "sources.", "Results.", "References", "Bryan S, Brown J (1998) Extrapolation."));
    assertThat(found.heading()).isEqualTo("References");
    assertThat(found.lines()).containsExactly("Bryan S, Brown J (1998) Extrapolation.");
  }
}
