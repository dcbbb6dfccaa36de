package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void foldsWhitespaceAndSoftFormDropsCasePunctuationAndSpaces() {
    assertThat(Similarity.fold("  A\ttitle\n on  two lines ")).isEqualTo("A title on two lines");
    assertThat(Similarity.soft("Russia’s Foreign-Policy, (2004)!")).isEqualTo("russiasforeignpolicy2004");
    assertThat(Similarity.soft("Россия и СНГ.")).isEqualTo("россияиснг");
  }

  @Test
  void levenshteinDistanceOnTextbookCases() {
    assertThat(Similarity.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(Similarity.levenshtein("", "abc")).isEqualTo(3);
    assertThat(Similarity.levenshtein("flaw", "lawn")).isEqualTo(2);
    assertThat(Similarity.levenshteinSimilarity("kitten", "sitting")).isCloseTo(1 - 3.0 / 7, within(1e-9));
    assertThat(Similarity.levenshteinSimilarity("", "")).isEqualTo(1.0);
  }

  @Test
  void ratcliffObershelpRecursesLeftAndRightOfTheLongestCommonPart() {
    // WIKIM (5) then, right of it, EDIA vs ANIA share IA (2): 2*7/18.
    assertThat(Similarity.ratcliffObershelp("WIKIMEDIA", "WIKIMANIA")).isCloseTo(14.0 / 18, within(1e-9));
    // bcd (3): 2*3/8.
    assertThat(Similarity.ratcliffObershelp("abcd", "bcde")).isCloseTo(0.75, within(1e-9));
    assertThat(Similarity.ratcliffObershelp("abc", "xyz")).isEqualTo(0.0);
    assertThat(Similarity.ratcliffObershelp("same", "same")).isEqualTo(1.0);
  }

  @Test
  void ratcliffObershelpCountsMatchesOnBothSidesOfTheAnchor() {
    // anchor "cde" (3); left "ab" vs "xb" share "b" (1); right "fg" vs "fy" share "f" (1): 2*5/14.
    assertThat(Similarity.ratcliffObershelp("abcdefg", "xbcdefy")).isCloseTo(10.0 / 14, within(1e-9));
  }
}
