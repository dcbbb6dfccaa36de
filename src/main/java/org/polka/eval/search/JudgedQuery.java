package org.polka.eval.search;

import java.util.Set;

/**
 * One judged query: what a reader types, its language and kind, and the records that answer it
 * (all relevant records have the same grade, 1).
 */
record JudgedQuery(Kind kind, String language, String text, Set<DocKey> relevant) {

  /** How the query and its judgements were made. */
  enum Kind {
    /** A half-remembered title; the one relevant record is the one it came from. */
    KNOWN_ITEM("known-item"),
    /** An author keyword; relevant are all records that carry it. */
    KEYWORD("keyword");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  JudgedQuery {
    relevant = Set.copyOf(relevant);
  }
}
