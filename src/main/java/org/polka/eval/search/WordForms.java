package org.polka.eval.search;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The ways a reader's words differ from the title's: another word form (a changed Russian ending;
 * English plural/singular or -ing/-ed) and a typo (two adjacent letters swapped).
 */
final class WordForms {
  /** Endings a Russian noun or adjective may take instead of the one in the title. */
  private static final List<String> RUSSIAN_ENDINGS =
      List.of("а", "ы", "и", "е", "ой", "ом", "ие", "ых", "ам", "ами");

  private WordForms() {}

  /** Another form of the word, or the word itself when the language has no rule for it. */
  static String inflect(String word, String language, RandomGenerator random) {
    String changed = "ru".equals(language) ? russian(word, random) : english(word);
    return changed.length() >= 3 ? changed : word;
  }

  /**
   * A Russian word longer than six letters with its last one or two letters dropped, sometimes
   * replaced by another common ending; shorter words stay as they are.
   */
  static String russian(String word, RandomGenerator random) {
    if (word.length() <= 6 || word.contains("-")) {
      return word;
    }
    String stem = word.substring(0, word.length() - 1 - random.nextInt(2));
    if (random.nextBoolean()) {
      return stem;
    }
    for (int tries = 0; tries < 4; tries++) {
      String candidate = stem + RUSSIAN_ENDINGS.get(random.nextInt(RUSSIAN_ENDINGS.size()));
      if (!candidate.equals(word)) {
        return candidate;
      }
    }
    return stem;
  }

  /** An English word turned plural/singular or -ing/-ed; the word itself when no rule fits. */
  static String english(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    if (n > 5 && word.endsWith("ing")) {
      return word.substring(0, n - 3) + "ed";
    }
    if (n > 5 && word.endsWith("ed") && !word.endsWith("eed")) {
      return word.substring(0, n - 2) + "ing";
    }
    if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, n - 1);
    }
    if (n > 3 && word.endsWith("y") && !isVowel(word.charAt(n - 2))) {
      return word.substring(0, n - 1) + "ies";
    }
    if (n > 3 && !word.endsWith("s") && !word.endsWith("x") && !word.endsWith("-")) {
      return word + "s";
    }
    return word;
  }

  /**
   * The word with two adjacent, different letters swapped (never the first letter), or the word
   * itself when it is shorter than four letters or has no such pair.
   */
  static String typo(String word, RandomGenerator random) {
    if (word.length() < 4) {
      return word;
    }
    int start = 1 + random.nextInt(word.length() - 2);
    for (int k = 0; k < word.length() - 2; k++) {
      int i = 1 + (start - 1 + k) % (word.length() - 2);
      char a = word.charAt(i);
      char b = word.charAt(i + 1);
      if (a != b && Character.isLetter(a) && Character.isLetter(b)) {
        return word.substring(0, i) + b + a + word.substring(i + 2);
      }
    }
    return word;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
