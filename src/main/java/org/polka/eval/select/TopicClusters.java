package org.polka.eval.select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.polka.article.Abstract;
import org.polka.article.Article;

/**
 * Sub-topics for the diversity measure, made independently of Polka's own analysis: spherical
 * k-means (k = √(n/2), fixed seed) over tf-idf vectors of title, keywords and abstracts, with words
 * cut to their first six letters as a crude stem for both languages.
 */
final class TopicClusters {
  private static final int ROUNDS = 10;

  private final Map<Long, Integer> cluster = new HashMap<>();

  /** Clusters the records, known by their catalog ids. */
  TopicClusters(List<Article> records, Map<Article, Long> ids, long seed) {
    List<Map<String, Double>> vectors = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    List<Map<String, Double>> tfs = new ArrayList<>();
    for (Article a : records) {
      if (!ids.containsKey(a)) {
        continue;
      }
      Map<String, Double> tf = new HashMap<>();
      StringBuilder text = new StringBuilder(a.title() == null ? "" : a.title());
      a.keywords().forEach(k -> text.append(' ').append(k));
      a.abstracts().stream().map(Abstract::text).forEach(t -> text.append(' ').append(t));
      for (String w : text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 4) {
          tf.merge(w.substring(0, Math.min(6, w.length())), 1.0, Double::sum);
        }
      }
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      tfs.add(tf);
      keys.add(ids.get(a));
    }
    int n = tfs.size();
    for (Map<String, Double> tf : tfs) {
      Map<String, Double> v = new HashMap<>();
      tf.forEach((t, f) -> {
        if (df.get(t) > 1 && df.get(t) < n / 10) {
          v.put(t, (1 + Math.log(f)) * Math.log((double) n / df.get(t)));
        }
      });
      vectors.add(unit(v));
    }
    int k = Math.max(2, (int) Math.round(Math.sqrt(n / 2.0)));
    Random random = new Random(seed);
    List<Map<String, Double>> centers = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      centers.add(vectors.get(random.nextInt(n)));
    }
    int[] assign = new int[n];
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestSim = -1;
        for (int c = 0; c < k; c++) {
          double s = dot(vectors.get(i), centers.get(c));
          if (s > bestSim) {
            bestSim = s;
            best = c;
          }
        }
        assign[i] = best;
      }
      List<Map<String, Double>> sums = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        sums.add(new HashMap<>());
      }
      for (int i = 0; i < n; i++) {
        Map<String, Double> sum = sums.get(assign[i]);
        vectors.get(i).forEach((t, w) -> sum.merge(t, w, Double::sum));
      }
      for (int c = 0; c < k; c++) {
        if (!sums.get(c).isEmpty()) {
          centers.set(c, unit(sums.get(c)));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      cluster.put(keys.get(i), assign[i]);
    }
  }

  /** The number of distinct sub-topics among the ranked ids that are relevant, in the first k. */
  int distinct(List<Long> ranking, java.util.Set<Long> relevant, int k) {
    return (int) ranking.stream().limit(k).filter(relevant::contains)
        .map(id -> cluster.getOrDefault(id, -1)).distinct().count();
  }

  private static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() < b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double s = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        s += e.getValue() * w;
      }
    }
    return s;
  }

  private static Map<String, Double> unit(Map<String, Double> v) {
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    Map<String, Double> out = new HashMap<>();
    if (norm > 0) {
      v.forEach((t, w) -> out.put(t, w / norm));
    }
    return out;
  }
}
