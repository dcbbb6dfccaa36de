package org.polka.eval.extraction;

/**
 * The counts behind one field's scores: gold values expected, values extracted, and how many
 * extracted values were right under each {@link Matcher}.
 */
public final class FieldCounts {
  private int expected;
  private int extracted;
  private final int[] correct = new int[Matcher.values().length];

  void add(int expectedCount, int extractedCount) {
    expected += expectedCount;
    extracted += extractedCount;
  }

  void correct(Matcher m, int n) {
    correct[m.ordinal()] += n;
  }

  void addAll(FieldCounts other) {
    add(other.expected, other.extracted);
    for (Matcher m : Matcher.values()) {
      correct[m.ordinal()] += other.correct[m.ordinal()];
    }
  }

  /** Gold values (the "n gold" column). */
  public int expected() {
    return expected;
  }

  /** Values the extractor produced. */
  public int extracted() {
    return extracted;
  }

  /** Extracted values that were right under the rule. */
  public int correct(Matcher m) {
    return correct[m.ordinal()];
  }

  /** Precision: right / extracted (0 when nothing was extracted). */
  public double precision(Matcher m) {
    return extracted == 0 ? 0 : (double) correct(m) / extracted;
  }

  /** Recall: right / expected (0 when nothing was expected). */
  public double recall(Matcher m) {
    return expected == 0 ? 0 : (double) correct(m) / expected;
  }

  /** The harmonic mean of precision and recall. */
  public double f1(Matcher m) {
    double p = precision(m);
    double r = recall(m);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
