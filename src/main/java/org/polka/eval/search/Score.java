package org.polka.eval.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The metrics of one query, or their means over a set of queries: MRR, success@1, success@10,
 * nDCG@10 and P@10, with the number of queries they cover.
 */
record Score(int queries, double mrr, double success1, double success10, double ndcg10,
    double precision10) {
  /** Depth of every ranking the evaluation fetches and scores. */
  static final int DEPTH = 10;

  /** The metric names, in the order of {@link #values()}. */
  static final List<String> NAMES = List.of("MRR", "success@1", "success@10", "nDCG@10", "P@10");

  /** The scores of one ranking against its relevant set. */
  static <T> Score of(List<T> ranking, Set<T> relevant) {
    return new Score(1, Metrics.reciprocalRank(top(ranking), relevant),
        Metrics.successAt(1, ranking, relevant), Metrics.successAt(DEPTH, ranking, relevant),
        Metrics.ndcgAt(DEPTH, ranking, relevant), Metrics.precisionAt(DEPTH, ranking, relevant));
  }

  /** The mean of per-query scores (all zero, with zero queries, for an empty collection). */
  static Score mean(Collection<Score> scores) {
    int n = scores.size();
    if (n == 0) {
      return new Score(0, 0, 0, 0, 0, 0);
    }
    return new Score(n, avg(scores, Score::mrr), avg(scores, Score::success1),
        avg(scores, Score::success10), avg(scores, Score::ndcg10), avg(scores, Score::precision10));
  }

  /** The metric values in the order of {@link #NAMES}. */
  List<Double> values() {
    return List.of(mrr, success1, success10, ndcg10, precision10);
  }

  private static <T> List<T> top(List<T> ranking) {
    return ranking.subList(0, Math.min(DEPTH, ranking.size()));
  }

  private static double avg(Collection<Score> scores,
      java.util.function.ToDoubleFunction<Score> f) {
    return scores.stream().mapToDouble(f).sum() / scores.size();
  }
}
