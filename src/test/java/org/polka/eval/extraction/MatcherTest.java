package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatcherTest {

  @Test
  void strictIgnoresOnlyWhitespaceRuns() {
    assertThat(Matcher.STRICT.matches("A  title\n", "A title")).isTrue();
    assertThat(Matcher.STRICT.matches("A title", "A Title")).isFalse();
    assertThat(Matcher.STRICT.matches("A title", "A title.")).isFalse();
  }

  @Test
  void softIgnoresCasePunctuationAndSpaces() {
    assertThat(Matcher.SOFT.matches("Russia in Central Asia: a shift", "RUSSIA IN CENTRAL ASIA - A SHIFT"))
        .isTrue();
    assertThat(Matcher.SOFT.matches("Central Asia", "Central Asla")).isFalse();
  }

  @Test
  void levenshteinNeedsEightyPercent() {
    // one edit in five characters: 1 - 1/5 = 0.8, exactly the threshold
    assertThat(Matcher.LEVENSHTEIN.matches("abcde", "abcdX")).isTrue();
    // one edit in four: 0.75
    assertThat(Matcher.LEVENSHTEIN.matches("abcd", "abcX")).isFalse();
    // on the folded raw strings, so case differences are edits: "ab" vs "AB" is 0
    assertThat(Matcher.LEVENSHTEIN.matches("ab", "AB")).isFalse();
  }

  @Test
  void ratcliffNeedsNinetyFivePercent() {
    // 12 characters, one differs: 2*11/24 = 0.917
    assertThat(Matcher.RATCLIFF.matches("Central Asia", "Central Asla")).isFalse();
    // 40 characters, last differs: 2*39/80 = 0.975
    String s = "Modelling international migration issues";
    assertThat(s).hasSize(40);
    assertThat(Matcher.RATCLIFF.matches(s, s.substring(0, 39) + "X")).isTrue();
  }

  @Test
  void blankValuesNeverMatch() {
    for (Matcher m : Matcher.values()) {
      assertThat(m.matches("", "")).as(m.label()).isFalse();
      assertThat(m.matches(null, "x")).as(m.label()).isFalse();
      assertThat(m.matches("x", " ")).as(m.label()).isFalse();
    }
  }
}
