package org.polka.select;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader's refinements of a reading list: items removed, items to find more like, items to find
 * fewer like (which also leave the list).
 */
public record Refinements(List<Long> removed, List<Long> moreLike, List<Long> fewerLike) {
  public static final Refinements NONE = new Refinements(List.of(), List.of(), List.of());

  public Refinements {
    removed = removed == null ? List.of() : List.copyOf(removed);
    moreLike = moreLike == null ? List.of() : List.copyOf(moreLike);
    fewerLike = fewerLike == null ? List.of() : List.copyOf(fewerLike);
  }

  /** What a reader can do to one item. */
  public enum Action { REMOVE, MORE, FEWER }

  /** These refinements with one more action on an item. */
  public Refinements with(Action action, long id) {
    List<Long> r = new ArrayList<>(removed);
    List<Long> m = new ArrayList<>(moreLike);
    List<Long> f = new ArrayList<>(fewerLike);
    switch (action) {
      case REMOVE -> r.add(id);
      case MORE -> m.add(id);
      case FEWER -> f.add(id);
    }
    return new Refinements(r.stream().distinct().toList(), m.stream().distinct().toList(),
        f.stream().distinct().toList());
  }

  /** Ids that may not appear in the list. */
  List<Long> excluded() {
    List<Long> out = new ArrayList<>(removed);
    out.addAll(fewerLike);
    return out;
  }
}
