package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedWordsTest {

  @Test
  void splitsAWordGluedToAYear() {
    assertThat(GluedWords.repair("the harvest of1987 was poor")).isEqualTo("the harvest of 1987 was poor");
    assertThat(GluedWords.repair("в1995 году")).isEqualTo("в 1995 году");
    assertThat(GluedWords.repair("весной2001 года")).isEqualTo("весной 2001 года");
  }

  @Test
  void splitsAYearGluedToTheNextWord() {
    assertThat(GluedWords.repair("the Shield-2011naval drill")).isEqualTo("the Shield-2011 naval drill");
    assertThat(GluedWords.repair("в 1999году")).isEqualTo("в 1999 году");
  }

  @Test
  void keepsOrdinalsDecadesModelNamesAndMarkers() {
    String text = "the 1990s and the 21st century, MiG-29 jets, the U.N. and the 201st division, "
        + "a treaty of Friendship3 and the 1970ies";
    assertThat(GluedWords.repair(text)).isEqualTo(text);
  }

  @Test
  void closesASpaceAfterAnApostrophe() {
    assertThat(GluedWords.repair("Armenia’ s army and they don' t care"))
        .isEqualTo("Armenia’s army and they don't care");
  }

  @Test
  void keepsPluralPossessivesAndClosingQuotes() {
    String text = "the states’ military and the ‘new’ elites";
    assertThat(GluedWords.repair(text)).isEqualTo(text);
  }
}
