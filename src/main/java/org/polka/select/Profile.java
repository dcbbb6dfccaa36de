package org.polka.select;

import java.util.List;
import java.util.function.Supplier;

/**
 * One indexed article as the selection service reads it: its stored facts, its retrieval score, its
 * term signature and the term vector of its front matter (title, keywords, abstracts, else the
 * opening of the body), made when first asked for (most candidates of similar articles never need
 * it).
 */
record Profile(long id, int docId, double score, String title, List<String> authors,
    List<String> keywords, List<String> abstracts, Integer year, String doi, String language,
    String discipline, String license, String journal, Signature signature,
    Supplier<TermVector> front) {

  /** The term vector of the front matter. */
  TermVector vector() {
    return front.get();
  }

  /** A value computed once, on first use (racing threads may both compute it; both agree). */
  static final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Once(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        v = make.get();
        value = v;
      }
      return v;
    }
  }
}
