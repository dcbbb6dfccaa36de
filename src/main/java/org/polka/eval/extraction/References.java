package org.polka.eval.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.polka.article.PersonName;
import org.polka.article.Reference;

/**
 * Scores extracted bibliography entries against gold ones: entries are aligned one to one
 * (greedy, most similar pair first, on the soft title or the soft raw string, whichever is more
 * alike), then every field of every entry is scored; unaligned entries count as missed or
 * spurious in every field they have.
 */
public final class References {
  /** The per-entry fields, in table order. */
  public static final List<String> FIELDS = List.of("authors", "title", "container", "year",
      "volume", "issue", "pages", "publisher", "doi");
  /** The row counting whole entries (gold, extracted, aligned). */
  public static final String ENTRIES = "entries (aligned)";

  /** The row scoring the whole entry string (segmentation quality; not in the micro-average). */
  public static final String RAW = "raw string";

  static final double ALIGN_MIN = 0.6;

  private References() {}

  /** A gold/extracted pair of entries and how alike they are. */
  record Pair(int gold, int extracted, double similarity) {}

  /** Aligns the entries and adds their scores to {@code scores} under "reference …" fields. */
  public static void score(Scores scores, List<Reference> gold, List<Reference> extracted) {
    List<Pair> aligned = align(gold, extracted);
    FieldCounts entries = scores.field(ENTRIES);
    entries.add(gold.size(), extracted.size());
    for (Matcher m : Matcher.values()) {
      entries.correct(m, aligned.size());
    }
    Reference none = Reference.raw(null);
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] gotUsed = new boolean[extracted.size()];
    for (Pair p : aligned) {
      goldUsed[p.gold()] = true;
      gotUsed[p.extracted()] = true;
      fields(scores, gold.get(p.gold()), extracted.get(p.extracted()));
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!goldUsed[i]) {
        fields(scores, gold.get(i), none);
      }
    }
    for (int i = 0; i < extracted.size(); i++) {
      if (!gotUsed[i]) {
        fields(scores, none, extracted.get(i));
      }
    }
  }

  /** The one-to-one alignment, most similar pairs first, pairs below {@link #ALIGN_MIN} left out. */
  static List<Pair> align(List<Reference> gold, List<Reference> extracted) {
    List<Pair> all = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < extracted.size(); j++) {
        double s = similarity(gold.get(i), extracted.get(j));
        if (s >= ALIGN_MIN) {
          all.add(new Pair(i, j, s));
        }
      }
    }
    all.sort(Comparator.comparingDouble(Pair::similarity).reversed()
        .thenComparingInt(Pair::gold).thenComparingInt(Pair::extracted));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] gotUsed = new boolean[extracted.size()];
    List<Pair> chosen = new ArrayList<>();
    for (Pair p : all) {
      if (!goldUsed[p.gold()] && !gotUsed[p.extracted()]) {
        goldUsed[p.gold()] = true;
        gotUsed[p.extracted()] = true;
        chosen.add(p);
      }
    }
    return chosen;
  }

  /**
   * How alike two entries are: the better of their soft titles' and their soft raw strings'
   * similarity, so an entry printed as the gold prints it is aligned with it even when its title
   * was parsed wrong (that is then one wrong field, not a missed and a spurious entry).
   */
  static double similarity(Reference g, Reference e) {
    String gt = Similarity.soft(g.title());
    String et = Similarity.soft(e.title());
    double raw = Similarity.ratcliffObershelp(Similarity.soft(g.raw()), Similarity.soft(e.raw()));
    if (!gt.isEmpty() && !et.isEmpty()) {
      return Math.max(Similarity.ratcliffObershelp(gt, et), raw);
    }
    return raw;
  }

  /** Scores every field of one gold entry against one extracted entry (either may be empty). */
  static void fields(Scores scores, Reference g, Reference e) {
    one(scores, RAW, g, e, Reference::raw);
    scores.wholeList("authors", families(g), families(e));
    one(scores, "title", g, e, Reference::title);
    one(scores, "container", g, e, Reference::container);
    one(scores, "year", g, e, Reference::year);
    one(scores, "volume", g, e, Reference::volume);
    one(scores, "issue", g, e, Reference::issue);
    one(scores, "pages", g, e, Reference::pages);
    one(scores, "publisher", g, e, Reference::publisher);
    one(scores, "doi", g, e, Reference::doi);
  }

  private static void one(Scores scores, String name, Reference g, Reference e,
      Function<Reference, String> field) {
    scores.single(name, field.apply(g), field.apply(e));
  }

  /** The family names in order (the given name where no family name was parsed). */
  static List<String> families(Reference r) {
    return r.authors().stream()
        .map(p -> p.family() != null && !p.family().isBlank() ? p.family() : p.given())
        .filter(Objects::nonNull).toList();
  }

  /** A reference with only the fields the scorer reads; handy for gold built from annotations. */
  public static Reference of(String raw, List<PersonName> authors, String title, String container,
      String year, String volume, String issue, String pages, String publisher, String doi) {
    return new Reference(raw, authors, title, container, year, volume, issue, pages, publisher,
        null, doi, null);
  }
}
