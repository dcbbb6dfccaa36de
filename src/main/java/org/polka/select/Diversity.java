package org.polka.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diversification and sub-topics: maximal marginal relevance picks items that are relevant and
 * unlike those already picked (and unlike items the reader wants fewer of); a small k-means over
 * the picked items' term vectors groups them into sub-topics named by their distinctive words.
 */
final class Diversity {
  /** A sub-topic: its name (two or three words) and the positions of its items in the list. */
  record Subtopic(String name, List<Integer> members) {}

  private Diversity() {}

  /**
   * Picks n candidates by MMR: λ·relevance − (1−λ)·(most similar picked) − (most similar of the
   * items to avoid). Relevance is the retrieval score relative to the best candidate.
   */
  static List<Profile> mmr(List<Profile> candidates, int n, double lambda, List<TermVector> avoid) {
    List<Profile> left = new ArrayList<>(candidates);
    List<Profile> picked = new ArrayList<>();
    double top = candidates.stream().mapToDouble(Profile::score).max().orElse(1);
    double[] maxSim = new double[left.size()];
    double[] penalty = new double[left.size()];
    for (int i = 0; i < left.size(); i++) {
      for (TermVector v : avoid) {
        penalty[i] = Math.max(penalty[i], left.get(i).vector().cosine(v));
      }
    }
    boolean[] used = new boolean[left.size()];
    while (picked.size() < n && picked.size() < left.size()) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < left.size(); i++) {
        if (used[i]) {
          continue;
        }
        double value = lambda * left.get(i).score() / top - (1 - lambda) * maxSim[i] - penalty[i];
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      used[best] = true;
      Profile chosen = left.get(best);
      picked.add(chosen);
      for (int i = 0; i < left.size(); i++) {
        if (!used[i]) {
          maxSim[i] = Math.max(maxSim[i], left.get(i).vector().cosine(chosen.vector()));
        }
      }
    }
    return picked;
  }

  /**
   * Groups the items into about √(n/2) sub-topics (2 to 8) by k-means on their term vectors,
   * seeded with the first item and then the items least like the seeds so far; each named by the
   * heaviest words of its centroid (weights times the number of members carrying the word, so
   * shared words name a group rather than one member's rare ones), leaving out the topic's own
   * heaviest words where possible.
   */
  static List<Subtopic> subtopics(List<Profile> items, TermVector topic) {
    if (items.size() < 4) {
      return items.isEmpty() ? List.of()
          : List.of(new Subtopic(name(centroid(items, allOf(items)), topic), allOf(items)));
    }
    int k = Math.max(2, Math.min(8, (int) Math.round(Math.sqrt(items.size() / 2.0))));
    List<TermVector> centers = new ArrayList<>();
    centers.add(items.get(0).vector());
    while (centers.size() < k) {
      Profile far = items.stream().min(Comparator.comparingDouble(p -> centers.stream()
          .mapToDouble(c -> c.cosine(p.vector())).max().orElse(0))).orElseThrow();
      centers.add(far.vector());
    }
    int[] assign = new int[items.size()];
    for (int round = 0; round < 8; round++) {
      for (int i = 0; i < items.size(); i++) {
        int best = 0;
        for (int c = 1; c < k; c++) {
          if (centers.get(c).cosine(items.get(i).vector())
              > centers.get(best).cosine(items.get(i).vector())) {
            best = c;
          }
        }
        assign[i] = best;
      }
      for (int c = 0; c < k; c++) {
        List<Integer> members = membersOf(assign, c);
        if (!members.isEmpty()) {
          centers.set(c, centroid(items, members));
        }
      }
    }
    List<Subtopic> out = new ArrayList<>();
    Set<String> usedNames = new HashSet<>();
    for (int c = 0; c < k; c++) {
      List<Integer> members = membersOf(assign, c);
      if (!members.isEmpty()) {
        String name = name(centers.get(c), topic);
        if (usedNames.add(name)) {
          out.add(new Subtopic(name, members));
        } else {
          out.stream().filter(s -> s.name().equals(name)).findFirst()
              .ifPresent(s -> s.members().addAll(members));
        }
      }
    }
    out.sort(Comparator.comparingInt(s -> s.members().get(0)));
    return out;
  }

  private static List<Integer> allOf(List<Profile> items) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      all.add(i);
    }
    return all;
  }

  private static List<Integer> membersOf(int[] assign, int c) {
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < assign.length; i++) {
      if (assign[i] == c) {
        members.add(i);
      }
    }
    return members;
  }

  private static TermVector centroid(List<Profile> items, List<Integer> members) {
    Map<String, Double> sum = new HashMap<>();
    Map<String, Integer> carriers = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    for (int i : members) {
      items.get(i).vector().weights().forEach((t, w) -> {
        sum.merge(t, w, Double::sum);
        carriers.merge(t, 1, Integer::sum);
      });
      words.putAll(items.get(i).vector().surfaces());
    }
    sum.replaceAll((t, w) -> w * carriers.get(t));
    return new TermVector(sum, words).truncated(50);
  }

  /** Up to three words of the centroid, preferring words that are not the topic's own. */
  private static String name(TermVector centroid, TermVector topic) {
    Set<String> topicTop = new HashSet<>(topic.top(5));
    List<String> words = new ArrayList<>();
    for (String t : centroid.top(12)) {
      if (!topicTop.contains(t) && words.size() < 3) {
        words.add(centroid.surface(t));
      }
    }
    if (words.isEmpty()) {
      centroid.top(3).forEach(t -> words.add(centroid.surface(t)));
    }
    return String.join(", ", words);
  }
}
