package org.polka.eval.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final double EPS = 1e-9;

  @Test
  void oneRelevantDocumentAtRankThree() {
    List<String> ranking = List.of("a", "b", "c", "d");
    Set<String> relevant = Set.of("c");
    assertThat(Metrics.reciprocalRank(ranking, relevant)).isCloseTo(1 / 3.0, within(EPS));
    assertThat(Metrics.successAt(1, ranking, relevant)).isZero();
    assertThat(Metrics.successAt(10, ranking, relevant)).isEqualTo(1);
    assertThat(Metrics.precisionAt(10, ranking, relevant)).isCloseTo(0.1, within(EPS));
    // DCG = 1/log2(4) = 0.5; ideal = 1/log2(2) = 1
    assertThat(Metrics.ndcgAt(10, ranking, relevant)).isCloseTo(0.5, within(EPS));
  }

  @Test
  void twoOfThreeRelevantDocumentsFound() {
    List<String> ranking = List.of("x", "r1", "y", "r2");
    Set<String> relevant = Set.of("r1", "r2", "r3");
    double dcg = 1 / log2(3) + 1 / log2(5);
    double ideal = 1 + 1 / log2(3) + 1 / log2(4);
    assertThat(Metrics.ndcgAt(10, ranking, relevant)).isCloseTo(dcg / ideal, within(EPS))
        .isCloseTo(0.498189, within(1e-6));
    assertThat(Metrics.reciprocalRank(ranking, relevant)).isEqualTo(0.5);
    assertThat(Metrics.precisionAt(10, ranking, relevant)).isCloseTo(0.2, within(EPS));
    assertThat(Metrics.successAt(1, ranking, relevant)).isZero();
  }

  @Test
  void aPerfectRankingScoresOne() {
    List<String> ranking = List.of("r1", "r2", "x");
    Set<String> relevant = Set.of("r1", "r2");
    assertThat(Metrics.ndcgAt(10, ranking, relevant)).isCloseTo(1, within(EPS));
    assertThat(Metrics.reciprocalRank(ranking, relevant)).isEqualTo(1);
    assertThat(Metrics.successAt(1, ranking, relevant)).isEqualTo(1);
  }

  @Test
  void theIdealGainIsCappedAtTheCutOff() {
    List<String> ranking = new ArrayList<>();
    Set<String> relevant = new java.util.HashSet<>();
    for (int i = 0; i < 15; i++) {
      relevant.add("r" + i);
      if (i < 10) {
        ranking.add("r" + i);
      }
    }
    assertThat(Metrics.ndcgAt(10, ranking, relevant)).isCloseTo(1, within(EPS));
    assertThat(Metrics.precisionAt(10, ranking, relevant)).isCloseTo(1, within(EPS));
  }

  @Test
  void nothingBelowTheCutOffCounts() {
    List<String> ranking = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ranking.add("x" + i);
    }
    ranking.add("r");
    Set<String> relevant = Set.of("r");
    assertThat(Metrics.successAt(10, ranking, relevant)).isZero();
    assertThat(Metrics.ndcgAt(10, ranking, relevant)).isZero();
    assertThat(Metrics.precisionAt(10, ranking, relevant)).isZero();
    assertThat(Metrics.reciprocalRank(ranking, relevant)).isCloseTo(1 / 11.0, within(EPS));
    assertThat(Score.of(ranking, relevant).mrr()).as("MRR is taken at depth 10").isZero();
  }

  @Test
  void anEmptyRankingScoresZero() {
    Score s = Score.of(List.<String>of(), Set.of("r"));
    assertThat(s.values()).containsOnly(0.0);
  }

  @Test
  void scoresAverageOverQueries() {
    Score hit = Score.of(List.of("r"), Set.of("r"));
    Score second = Score.of(List.of("x", "r"), Set.of("r"));
    Score mean = Score.mean(List.of(hit, second));
    assertThat(mean.queries()).isEqualTo(2);
    assertThat(mean.mrr()).isCloseTo(0.75, within(EPS));
    assertThat(mean.success1()).isCloseTo(0.5, within(EPS));
    assertThat(mean.success10()).isCloseTo(1, within(EPS));
    assertThat(mean.ndcg10()).isCloseTo((1 + 1 / log2(3)) / 2, within(EPS));
    assertThat(Score.mean(List.of()).queries()).isZero();
  }

  @Test
  void theRelativeDifferenceIsAgainstTheBaseline() {
    assertThat(ReportTable.difference(0.55, 0.5)).isEqualTo("+10.0%");
    assertThat(ReportTable.difference(0.4, 0.5)).isEqualTo("-20.0%");
    assertThat(ReportTable.difference(0.4, 0)).isEqualTo("n/a");
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
