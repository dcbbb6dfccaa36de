package org.polka.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Footnote;
import org.polka.article.Section;

class BodyAssemblerTest {

  @Test
  void joinsAParagraphCutAtAPageBreakAroundItsFootnotes() {
    var body = BodyAssembler.assemble(List.of(
        "Methods",
        "The survey of1999 covered1 the “upper",
        "1 Survey report, Osh, 2000, vol. 2,",
        "pp. 5-9.",
        "villages,” the report says. It was led by the",
        "Ministry of Water Resources.",
        "2 Not a footnote: no marker 2 stands before it."));
    assertThat(body.sections()).containsExactly(new Section("Methods", 1, List.of(
        "The survey of1999 covered1 the “upper villages,” the report says. It was led by the "
            + "Ministry of Water Resources.",
        "2 Not a footnote: no marker 2 stands before it.")));
    assertThat(body.footnotes()).containsExactly(new Footnote("1", "Survey report, Osh, 2000, vol. 2, pp. 5-9."));
  }

  @Test
  void splitsSectionsAtHeadingsIncludingLetterSpacedOnes() {
    var body = BodyAssembler.assemble(List.of(
        "Opening words without a heading.",
        "Why Rivers Matter?",
        "Because they do.",
        "(1) A numbered point.",
        "R e s u l t s",
        "They were good."));
    assertThat(body.sections()).extracting(Section::title)
        .containsExactly(null, "Why Rivers Matter?", "Results");
    assertThat(body.sections().get(1).paragraphs()).containsExactly("Because they do.", "(1) A numbered point.");
  }

  @Test
  void warnsWhenAParagraphStopsMidSentence() {
    var body = BodyAssembler.assemble(List.of(
        "It stopped in the middle of a sentence that had many more words to say before the page ended",
        "Another paragraph here goes on and on."));
    assertThat(body.sections().getFirst().paragraphs()).hasSize(2);
    assertThat(body.warnings()).singleElement().asString().contains("before the page ended");
  }
}
