package org.polka.eval.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Per-field counts of one dataset, filled document by document with GROBID's counting rules:
 * a blank gold value is not expected, a blank extracted value was not extracted, and a value is
 * right only when the rule matches it against the gold one.
 */
public final class Scores {
  private final Map<String, FieldCounts> fields = new LinkedHashMap<>();

  /** The counts of a field (created empty on first use, kept in first-use order). */
  public FieldCounts field(String name) {
    return fields.computeIfAbsent(name, k -> new FieldCounts());
  }

  /** The fields in first-use order. */
  public Map<String, FieldCounts> fields() {
    return java.util.Collections.unmodifiableMap(fields);
  }

  /** Scores one single-valued field. */
  public void single(String name, String gold, String extracted) {
    boolean hasGold = !Similarity.fold(gold).isEmpty();
    boolean hasExtracted = !Similarity.fold(extracted).isEmpty();
    FieldCounts c = field(name);
    c.add(hasGold ? 1 : 0, hasExtracted ? 1 : 0);
    for (Matcher m : Matcher.values()) {
      c.correct(m, hasGold && hasExtracted && m.matches(gold, extracted) ? 1 : 0);
    }
  }

  /**
   * Scores an ordered list as one value (GROBID's rule for authors): right only when both lists
   * have the same length and every item matches the item at the same place.
   */
  public void wholeList(String name, List<String> gold, List<String> extracted) {
    List<String> g = nonBlank(gold);
    List<String> e = nonBlank(extracted);
    FieldCounts c = field(name);
    c.add(g.isEmpty() ? 0 : 1, e.isEmpty() ? 0 : 1);
    for (Matcher m : Matcher.values()) {
      c.correct(m, !g.isEmpty() && sameList(g, e, m) ? 1 : 0);
    }
  }

  /**
   * Scores a list item by item, in any order: each gold item counts once, each extracted item
   * counts once, and an extracted item matches at most one gold item.
   */
  public void items(String name, List<String> gold, List<String> extracted) {
    List<String> g = nonBlank(gold);
    List<String> e = nonBlank(extracted);
    FieldCounts c = field(name);
    c.add(g.size(), e.size());
    for (Matcher m : Matcher.values()) {
      c.correct(m, pairs(g, e, m::matches));
    }
  }

  /** Scores labelled values (footnotes by label): right when the same label has a matching text. */
  public void labelled(String name, Map<String, String> gold, Map<String, String> extracted) {
    FieldCounts c = field(name);
    c.add(gold.size(), extracted.size());
    for (Matcher m : Matcher.values()) {
      int n = (int) gold.entrySet().stream()
          .filter(en -> m.matches(en.getValue(), extracted.get(en.getKey()))).count();
      c.correct(m, n);
    }
  }

  /** Adds a pass/fail check as a field: expected once, extracted once, right when it passed. */
  public void check(String name, boolean passed) {
    FieldCounts c = field(name);
    c.add(1, 1);
    for (Matcher m : Matcher.values()) {
      c.correct(m, passed ? 1 : 0);
    }
  }

  /** The micro-average of the named fields: their counts summed. */
  public FieldCounts micro(List<String> names) {
    FieldCounts sum = new FieldCounts();
    names.stream().filter(fields::containsKey).forEach(n -> sum.addAll(fields.get(n)));
    return sum;
  }

  static boolean sameList(List<String> g, List<String> e, Matcher m) {
    if (g.size() != e.size()) {
      return false;
    }
    for (int i = 0; i < g.size(); i++) {
      if (!m.matches(g.get(i), e.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static int pairs(List<String> gold, List<String> got, BiPredicate<String, String> same) {
    boolean[] used = new boolean[got.size()];
    int n = 0;
    for (String g : gold) {
      for (int i = 0; i < got.size(); i++) {
        if (!used[i] && same.test(g, got.get(i))) {
          used[i] = true;
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static List<String> nonBlank(List<String> list) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      list.stream().filter(s -> !Similarity.fold(s).isEmpty()).forEach(out::add);
    }
    return out;
  }
}
