package org.polka.eval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordFormsTest {

  @Test
  void englishWordsChangeNumberOrTense() {
    assertThat(WordForms.english("networks")).isEqualTo("network");
    assertThat(WordForms.english("studies")).isEqualTo("study");
    assertThat(WordForms.english("learning")).isEqualTo("learned");
    assertThat(WordForms.english("controlled")).isEqualTo("controlling");
    assertThat(WordForms.english("policy")).isEqualTo("policies");
    assertThat(WordForms.english("model")).isEqualTo("models");
    assertThat(WordForms.english("analysis")).as("no rule fits").isEqualTo("analysis");
    assertThat(WordForms.english("access")).isEqualTo("access");
  }

  @Test
  void longRussianWordsGetAnotherEnding() {
    Random random = new Random(7);
    for (int i = 0; i < 50; i++) {
      String form = WordForms.russian("образования", random);
      assertThat(form).isNotEqualTo("образования").startsWith("образовани".substring(0, 9))
          .hasSizeBetween(9, 13);
    }
  }

  @Test
  void shortRussianWordsStayAsTheyAre() {
    assertThat(WordForms.russian("модель", new Random(1))).isEqualTo("модель");
    assertThat(WordForms.inflect("сеть", "ru", new Random(1))).isEqualTo("сеть");
  }

  @Test
  void aTypoSwapsTwoAdjacentLettersButNotTheFirst() {
    Random random = new Random(3);
    for (int i = 0; i < 50; i++) {
      String typo = WordForms.typo("retrieval", random);
      assertThat(typo).isNotEqualTo("retrieval").startsWith("r");
      assertThat(sorted(typo)).isEqualTo(sorted("retrieval"));
      int first = firstDifference(typo, "retrieval");
      assertThat(typo.charAt(first)).isEqualTo("retrieval".charAt(first + 1));
      assertThat(typo.charAt(first + 1)).isEqualTo("retrieval".charAt(first));
      assertThat(typo.substring(first + 2)).isEqualTo("retrieval".substring(first + 2));
    }
    assertThat(WordForms.typo("aaaa", random)).isEqualTo("aaaa");
    assertThat(WordForms.typo("web", random)).isEqualTo("web");
  }

  private static String sorted(String s) {
    char[] c = s.toCharArray();
    java.util.Arrays.sort(c);
    return new String(c);
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    while (a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
