package org.polka.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordCaseTest {
  private final KeywordCase casing = new KeywordCase(List.of("Dilnoza Yusupova"), """
      Water policy in Central Asia
      The OSCE met in Central Asia. Central Asia is dry.
      Irrigation matters; the OSCE agreed.
      """);

  @Test
  void takesTheCaseFromTheTextAndNames() {
    assertThat(casing.apply(List.of("CENTRAL ASIA!", "DILNOZA YUSUPOVA", "OSCE.")))
        .containsExactly("Central Asia", "Dilnoza Yusupova", "OSCE");
  }

  @Test
  void ignoresSentenceInitialCapitalsAndCasesWordByWord() {
    assertThat(casing.apply(List.of("IRRIGATION", "WATER POLICY", "RIVER OF LIFE", "DRY CENTRAL ASIA")))
        .containsExactly("Irrigation", "Water policy", "River of Life", "dry Central Asia");
  }

  @Test
  void lowerCasesRussianWithoutEvidenceAndKeepsPrintedCase() {
    assertThat(new KeywordCase(List.of(), "Вода нужна всем.").apply(List.of("ВОДА", "орошение", "")))
        .containsExactly("вода", "орошение");
  }

  @Test
  void dropsRepeats() {
    assertThat(casing.apply(List.of("OSCE", "osce"))).containsExactly("OSCE");
  }
}
