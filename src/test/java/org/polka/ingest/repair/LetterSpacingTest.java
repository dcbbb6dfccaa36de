package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterSpacingTest {

  @Test
  void collapsesALetterSpacedHeading() {
    assertThat(LetterSpacing.collapse("S u m m a r y")).isEqualTo("Summary");
  }

  @Test
  void doubleSpacesSeparateWords() {
    assertThat(LetterSpacing.collapse("F i n a l  R e m a r k s")).isEqualTo("Final Remarks");
  }

  @Test
  void collapsesCyrillic() {
    assertThat(LetterSpacing.collapse("В в е д е н и е")).isEqualTo("Введение");
  }

  @Test
  void leavesOrdinaryLinesAlone() {
    assertThat(LetterSpacing.collapse("A b c")).isEqualTo("A b c");
    assertThat(LetterSpacing.collapse("Plan A is a good plan")).isEqualTo("Plan A is a good plan");
    assertThat(LetterSpacing.collapse("a b c d e 1")).isEqualTo("a b c d e 1");
  }
}
