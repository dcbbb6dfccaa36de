package org.polka.select;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text as weighted index terms (tf-idf, unit length), with the word each term was written as, so
 * that terms can be shown to a reader ("optimization", not "optim").
 */
record TermVector(Map<String, Double> weights, Map<String, String> surfaces) {
  /** A part of a text and how much it counts (a title counts more than a paragraph). */
  record Part(String text, double weight) {}

  static final TermVector EMPTY = new TermVector(Map.of(), Map.of());

  /** The vector of the weighted parts of a text. */
  static TermVector of(Analysis analysis, List<Part> parts) {
    Map<String, Double> tf = new HashMap<>();
    Map<String, Map<String, Integer>> written = new HashMap<>();
    for (Part part : parts) {
      for (Analysis.Token t : analysis.tokens(part.text())) {
        tf.merge(t.term(), part.weight(), Double::sum);
        written.computeIfAbsent(t.term(), x -> new HashMap<>()).merge(t.surface(), 1, Integer::sum);
      }
    }
    Map<String, Double> weights = new HashMap<>();
    tf.forEach((term, f) -> {
      double idf = analysis.idf(term);
      if (idf > 0) {
        weights.put(term, (1 + Math.log(Math.max(1, f))) * idf);
      }
    });
    Map<String, String> surfaces = new HashMap<>();
    weights.keySet().forEach(term -> surfaces.put(term, written.get(term).entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
            Collections.reverseOrder()))
        .map(Map.Entry::getKey).orElse(term)));
    return new TermVector(normalized(weights), surfaces);
  }

  /** The vector of these weights, scaled to unit length. */
  static TermVector normalizedOf(Map<String, Double> weights, Map<String, String> surfaces) {
    return new TermVector(normalized(weights), surfaces);
  }

  /** Cosine similarity (both vectors are unit length). */
  double cosine(TermVector other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        sum += e.getValue() * w;
      }
    }
    return sum;
  }

  /** The heaviest terms, heaviest first. */
  List<String> top(int n) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(n).map(Map.Entry::getKey).toList();
  }

  /** This vector cut to its heaviest terms, length one again. */
  TermVector truncated(int n) {
    Map<String, Double> kept = new HashMap<>();
    top(n).forEach(t -> kept.put(t, weights.get(t)));
    return new TermVector(normalized(kept), surfaces);
  }

  /** This vector plus another scaled by the factor (negative weights dropped), length one again. */
  TermVector plus(TermVector other, double factor) {
    Map<String, Double> sum = new HashMap<>(weights);
    other.weights.forEach((t, w) -> sum.merge(t, w * factor, Double::sum));
    sum.values().removeIf(w -> w <= 0);
    Map<String, String> words = new HashMap<>(other.surfaces);
    words.putAll(surfaces);
    return new TermVector(normalized(sum), words);
  }

  /** The word a term was written as. */
  String surface(String term) {
    return surfaces.getOrDefault(term, term);
  }

  boolean isEmpty() {
    return weights.isEmpty();
  }

  private static Map<String, Double> normalized(Map<String, Double> weights) {
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    Map<String, Double> out = new LinkedHashMap<>();
    if (norm > 0) {
      weights.forEach((t, w) -> out.put(t, w / norm));
    }
    return Collections.unmodifiableMap(out);
  }
}
