package org.polka.eval.extraction;

/**
 * One of GROBID's four rules for deciding that an extracted string equals the gold one. Each
 * compares the whitespace-folded strings; two blank strings never count as a match here (a blank
 * value is "absent" and is counted by the scorer, not matched).
 */
public enum Matcher {
  /** Identical after whitespace folding. */
  STRICT("strict"),
  /** Identical in lower case with punctuation and spaces removed. */
  SOFT("soft"),
  /** Normalised Levenshtein similarity of at least 0.8. */
  LEVENSHTEIN("Levenshtein"),
  /** Ratcliff/Obershelp similarity of at least 0.95. */
  RATCLIFF("Ratcliff/Obershelp");

  static final double LEVENSHTEIN_MIN = 0.8;
  static final double RATCLIFF_MIN = 0.95;

  private final String label;

  Matcher(String label) {
    this.label = label;
  }

  /** The name printed in result tables. */
  public String label() {
    return label;
  }

  /** Whether the extracted string counts as the gold one under this rule. */
  public boolean matches(String gold, String extracted) {
    String g = Similarity.fold(gold);
    String e = Similarity.fold(extracted);
    if (g.isEmpty() || e.isEmpty()) {
      return false;
    }
    return switch (this) {
      case STRICT -> g.equals(e);
      case SOFT -> !Similarity.soft(g).isEmpty() && Similarity.soft(g).equals(Similarity.soft(e));
      case LEVENSHTEIN -> Similarity.levenshteinSimilarity(g, e) >= LEVENSHTEIN_MIN;
      case RATCLIFF -> Similarity.ratcliffObershelp(g, e) >= RATCLIFF_MIN;
    };
  }
}
