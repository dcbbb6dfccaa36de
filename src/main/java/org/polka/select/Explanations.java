package org.polka.select;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Why an item is in a list: the topic's concepts it shares, the one sentence where it speaks most
 * to the topic, and which other listed items cite it.
 */
final class Explanations {
  /** Concepts shown per item. */
  static final int CONCEPTS = 5;
  /** Longest snippet shown, in characters. */
  static final int SNIPPET = 300;

  private Explanations() {}

  /** The topic's terms the item shares, most telling first, as the words the item uses. */
  static List<String> concepts(TermVector topic, TermVector item) {
    return topic.weights().keySet().stream()
        .filter(t -> item.weights().containsKey(t))
        .sorted(Comparator.comparingDouble((String t) -> -topic.weights().get(t)
            * item.weights().get(t)).thenComparing(t -> t))
        .limit(CONCEPTS)
        .map(item::surface)
        .toList();
  }

  /**
   * The sentence of the texts (an item's abstracts, else its opening paragraphs) with the most
   * topic weight, cut to {@value #SNIPPET} characters.
   */
  static String snippet(Analysis analysis, TermVector topic, List<String> texts) {
    String best = null;
    double bestScore = 0;
    for (String text : texts) {
      for (String sentence : sentences(text)) {
        double score = 0;
        Set<String> seen = new HashSet<>();
        for (Analysis.Token t : analysis.tokens(sentence)) {
          if (seen.add(t.term())) {
            score += topic.weights().getOrDefault(t.term(), 0.0);
          }
        }
        if (score > bestScore) {
          bestScore = score;
          best = sentence;
        }
      }
    }
    if (best == null) {
      return null;
    }
    String s = best.strip();
    return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET - 1).strip() + "…";
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (s.length() > 20) {
        out.add(s);
      }
    }
    return out;
  }

  /** A title made comparable: lower case, letters and digits only, single spaces. */
  static String normalTitle(String title) {
    if (title == null) {
      return "";
    }
    return title.toLowerCase(Locale.ROOT).replace('ё', 'е')
        .replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
  }
}
