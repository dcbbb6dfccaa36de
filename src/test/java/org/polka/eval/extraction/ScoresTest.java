package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void singleFieldCountsMissingSpuriousAndRight() {
    Scores s = new Scores();
    s.single("title", "A Study of Things", "A study of things");
    s.single("title", "Second Paper", null);
    s.single("title", null, "Spurious Title");
    s.single("title", "Third", "Third");
    FieldCounts c = s.field("title");
    assertThat(c.expected()).isEqualTo(3);
    assertThat(c.extracted()).isEqualTo(3);
    assertThat(c.correct(Matcher.STRICT)).isEqualTo(1);
    assertThat(c.correct(Matcher.SOFT)).isEqualTo(2);
    assertThat(c.precision(Matcher.SOFT)).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.recall(Matcher.STRICT)).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(c.f1(Matcher.SOFT)).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void authorsAreRightOnlyAsTheWholeOrderedList() {
    Scores s = new Scores();
    s.wholeList("authors", List.of("Ivanov", "Petrov"), List.of("Ivanov", "Petrov"));
    s.wholeList("authors", List.of("Ivanov", "Petrov"), List.of("Petrov", "Ivanov"));
    s.wholeList("authors", List.of("Ivanov", "Petrov"), List.of("Ivanov"));
    s.wholeList("authors", List.of("Smith"), List.of());
    FieldCounts c = s.field("authors");
    assertThat(c.expected()).isEqualTo(4);
    assertThat(c.extracted()).isEqualTo(3);
    for (Matcher m : Matcher.values()) {
      assertThat(c.correct(m)).as(m.label()).isEqualTo(1);
    }
    assertThat(c.f1(Matcher.STRICT)).isCloseTo(2 * (1 / 3.0) * (1 / 4.0) / (1 / 3.0 + 1 / 4.0),
        within(1e-9));
  }

  @Test
  void itemsMatchOneToOneInAnyOrder() {
    Scores s = new Scores();
    s.items("sections", List.of("Introduction", "Methods", "Results"),
        List.of("RESULTS", "Introduction", "Introduction", "Discussion"));
    FieldCounts c = s.field("sections");
    assertThat(c.expected()).isEqualTo(3);
    assertThat(c.extracted()).isEqualTo(4);
    assertThat(c.correct(Matcher.STRICT)).isEqualTo(1);
    assertThat(c.correct(Matcher.SOFT)).isEqualTo(2);
  }

  @Test
  void labelledValuesMatchOnlyUnderTheSameLabel() {
    Scores s = new Scores();
    s.labelled("footnotes", Map.of("1", "Ibidem.", "2", "RIA Novosti."),
        Map.of("1", "RIA Novosti.", "2", "RIA Novosti", "3", "Extra."));
    FieldCounts c = s.field("footnotes");
    assertThat(c.expected()).isEqualTo(2);
    assertThat(c.extracted()).isEqualTo(3);
    assertThat(c.correct(Matcher.STRICT)).isZero();
    assertThat(c.correct(Matcher.SOFT)).isEqualTo(1);
  }

  @Test
  void microAverageSumsTheCountsOfTheNamedFields() {
    Scores s = new Scores();
    s.single("title", "A", "A");
    s.single("year", "1999", "1998");
    s.single("year", "2001", null);
    s.check("ignored", true);
    FieldCounts micro = s.micro(List.of("title", "year", "absent"));
    assertThat(micro.expected()).isEqualTo(3);
    assertThat(micro.extracted()).isEqualTo(2);
    assertThat(micro.correct(Matcher.STRICT)).isEqualTo(1);
  }

  @Test
  void tablePrintsOneRowPerFieldWithPercentages() {
    Scores s = new Scores();
    s.single("title", "A title", "A title");
    s.single("title", "Other", "Wrong");
    String table = Table.render(s, "all", s.micro(List.of("title")));
    assertThat(table.lines().toList()).hasSize(3);
    assertThat(table).contains("Ratcliff/Obershelp").containsPattern("title\\s+2\\s+2 \\|\\s+50.0\\s+50.0\\s+50.0");
  }
}
