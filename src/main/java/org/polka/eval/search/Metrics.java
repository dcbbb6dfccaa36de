package org.polka.eval.search;

import java.util.List;
import java.util.Set;

/**
 * Ranking metrics for one query with binary relevance: reciprocal rank, success@k, nDCG@k (log2
 * discount) and precision@k. A ranking lists document keys best first; ranks are 1-based.
 */
public final class Metrics {
  private Metrics() {}

  /** 1 / rank of the first relevant document, 0 when none is ranked. */
  public static <T> double reciprocalRank(List<T> ranking, Set<T> relevant) {
    for (int i = 0; i < ranking.size(); i++) {
      if (relevant.contains(ranking.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** 1 when a relevant document is among the first k, else 0. */
  public static <T> double successAt(int k, List<T> ranking, Set<T> relevant) {
    return top(k, ranking).stream().anyMatch(relevant::contains) ? 1 : 0;
  }

  /** The share of the first k positions (k, not the ranking's length) holding relevant ones. */
  public static <T> double precisionAt(int k, List<T> ranking, Set<T> relevant) {
    return top(k, ranking).stream().filter(relevant::contains).count() / (double) k;
  }

  /**
   * Discounted cumulative gain of the first k documents (gain 1 for relevant, divided by
   * log2(rank + 1)) over the gain of an ideal ranking of the relevant set; 0 when none is relevant.
   */
  public static <T> double ndcgAt(int k, List<T> ranking, Set<T> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    double dcg = 0;
    List<T> top = top(k, ranking);
    for (int i = 0; i < top.size(); i++) {
      if (relevant.contains(top.get(i))) {
        dcg += discount(i + 1);
      }
    }
    double ideal = 0;
    for (int rank = 1; rank <= Math.min(k, relevant.size()); rank++) {
      ideal += discount(rank);
    }
    return dcg / ideal;
  }

  private static double discount(int rank) {
    return 1 / (Math.log(rank + 1) / Math.log(2));
  }

  private static <T> List<T> top(int k, List<T> ranking) {
    return ranking.subList(0, Math.min(k, ranking.size()));
  }
}
