package org.polka.eval.select;

import java.util.Set;

/**
 * One judged case: which measure it belongs to, the topic language, the seed article's catalog id
 * (excluded from every ranking), the topic text (null for similar articles, whose topic is the
 * seed itself) and the ids judged relevant.
 */
record Judged(Measure measure, String language, long seed, String topic, Set<Long> relevant) {
  /** The evaluated tasks. */
  enum Measure {
    SIMILAR("similar articles"), SELECT("selection"), CROSS("cross-language");

    final String label;

    Measure(String label) {
      this.label = label;
    }
  }
}
