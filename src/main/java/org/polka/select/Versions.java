package org.polka.select;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicates of an article: the same DOI, nearly the same title (compared after
 * transliteration, so a Cyrillic and a Latin spelling agree), or the same authors in the same year
 * with a similar title or in another language (a translation).
 */
final class Versions {
  /** Title similarity (Dice over transliterated words) at which two records are one article. */
  static final double SAME_TITLE = 0.85;
  /** Title similarity that, with the same authors and year, makes two records one article. */
  static final double SIMILAR_TITLE = 0.5;
  /** Share of author name tokens two records must have in common to count as the same authors. */
  static final double SAME_AUTHORS = 0.6;

  private final Analysis analysis;

  Versions(Analysis analysis) {
    this.analysis = analysis;
  }

  /** The reason the candidate is another version of the seed, or null when it is not. */
  String reason(Profile seed, Profile candidate) {
    if (seed.doi() != null && seed.doi().equalsIgnoreCase(candidate.doi())) {
      return "same DOI";
    }
    double title = dice(words(seed.title()), words(candidate.title()));
    if (title >= SAME_TITLE) {
      return "same title";
    }
    boolean sameYear = seed.year() != null && seed.year().equals(candidate.year());
    if (sameYear && sameAuthors(seed.authors(), candidate.authors())) {
      if (title >= SIMILAR_TITLE) {
        return "same authors, year and similar title";
      }
      if (seed.language() != null && candidate.language() != null
          && !seed.language().equals(candidate.language())) {
        return "same authors and year, other language";
      }
    }
    return null;
  }

  private boolean sameAuthors(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<String> x = names(a);
    Set<String> y = names(b);
    Set<String> common = new HashSet<>(x);
    common.retainAll(y);
    return common.size() >= SAME_AUTHORS * Math.min(x.size(), y.size()) && !common.isEmpty();
  }

  /** Surname-like tokens: name tokens longer than an initial. */
  private Set<String> names(List<String> authors) {
    Set<String> out = new HashSet<>();
    for (String a : authors) {
      analysis.nameTokens(a).stream().filter(t -> t.length() > 2).forEach(out::add);
    }
    return out;
  }

  private Set<String> words(String title) {
    Set<String> out = new HashSet<>();
    if (title != null) {
      analysis.nameTokens(title.toLowerCase(Locale.ROOT)).forEach(out::add);
    }
    return out;
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return 2.0 * common.size() / (a.size() + b.size());
  }
}
