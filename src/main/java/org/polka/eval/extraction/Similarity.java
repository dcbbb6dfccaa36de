package org.polka.eval.extraction;

import java.text.Normalizer;

/**
 * The string normalisations and similarity measures of GROBID's evaluation: whitespace folding,
 * the "soft" form, normalised Levenshtein similarity and Ratcliff/Obershelp (gestalt) similarity.
 */
public final class Similarity {
  private Similarity() {}

  /** Unicode NFC with every run of whitespace folded to one space and the ends trimmed. */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }

  /** The soft form: lower case, with punctuation, symbols and spaces removed. */
  public static String soft(String s) {
    return fold(s).toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** The Levenshtein edit distance (insertions, deletions, substitutions each cost 1). */
  public static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** 1 − distance / length of the longer string; 1 for two empty strings. */
  public static double levenshteinSimilarity(String a, String b) {
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / max;
  }

  /**
   * Ratcliff/Obershelp similarity: 2·M / (|a| + |b|), where M counts the characters matched by
   * taking the longest common substring and recursing on the parts to its left and its right.
   */
  public static double ratcliffObershelp(String a, String b) {
    int total = a.length() + b.length();
    return total == 0 ? 1.0 : 2.0 * matching(a, 0, a.length(), b, 0, b.length()) / total;
  }

  private static int matching(String a, int a0, int a1, String b, int b0, int b1) {
    if (a0 >= a1 || b0 >= b1) {
      return 0;
    }
    int[] best = longestCommon(a, a0, a1, b, b0, b1);
    int len = best[2];
    if (len == 0) {
      return 0;
    }
    return len + matching(a, a0, best[0], b, b0, best[1])
        + matching(a, best[0] + len, a1, b, best[1] + len, b1);
  }

  /** The first longest common substring of a[a0,a1) and b[b0,b1): {start in a, start in b, length}. */
  private static int[] longestCommon(String a, int a0, int a1, String b, int b0, int b1) {
    int[] prev = new int[b1 - b0 + 1];
    int[] cur = new int[b1 - b0 + 1];
    int bestLen = 0;
    int bestA = a0;
    int bestB = b0;
    for (int i = a0; i < a1; i++) {
      for (int j = b0; j < b1; j++) {
        int k = j - b0 + 1;
        cur[k] = a.charAt(i) == b.charAt(j) ? prev[k - 1] + 1 : 0;
        if (cur[k] > bestLen) {
          bestLen = cur[k];
          bestA = i - bestLen + 1;
          bestB = j - bestLen + 1;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return new int[] {bestA, bestB, bestLen};
  }
}
