package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final Lexicon LEXICON = Lexicon.load();

  @Test
  void knowsInflectedRussianAndEnglishWords() {
    assertThat(LEXICON.contains("слово")).isTrue();
    assertThat(LEXICON.contains("производительности")).isTrue();
    assertThat(LEXICON.contains("particular")).isTrue();
    assertThat(LEXICON.contains("governments")).isTrue();
    assertThat(LEXICON.contains("Military")).isTrue();
  }

  @Test
  void doesNotKnowLineBreakFragments() {
    assertThat(LEXICON.contains("сло")).isFalse();
    assertThat(LEXICON.contains("dinskaia")).isFalse();
    assertThat(LEXICON.contains("particu")).isFalse();
    assertThat(LEXICON.contains("")).isFalse();
  }

  @Test
  void emptyLexiconKnowsNothing() {
    assertThat(Lexicon.empty().contains("слово")).isFalse();
  }
}
