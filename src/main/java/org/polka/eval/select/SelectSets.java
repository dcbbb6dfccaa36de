package org.polka.eval.select;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.polka.article.Abstract;
import org.polka.article.Article;

/**
 * The judged cases, made from corpus records with a fixed seed:
 * <ul>
 * <li>similar articles: seeds from the sets with discipline labels (the 8-discipline Russian
 * summarisation set; the English SoFair social-science set and S2ORC fields of study); relevant =
 * same discipline (for S2ORC, any shared field of study);</li>
 * <li>selection: the seed's abstract is the topic; relevant = same discipline and sharing an author
 * keyword where the language's records carry keywords (Russian), same discipline where they carry
 * none (the English sets have no author keywords);</li>
 * <li>cross-language: Russian records with keywords in both scripts; the topic is the seed's
 * keywords and abstracts in one language only, relevant = records sharing one of the seed's
 * keywords in the other language.</li>
 * </ul>
 */
final class SelectSets {
  /** Shortest abstract used as a topic, in characters. */
  static final int MIN_TOPIC = 150;
  /** The source of the 8-discipline Russian set, whose records seed the Russian similar cases. */
  static final String RUSSIAN_LABELLED = "iis-research-team/summarization-dataset";

  private final long seed;
  private final int perSet;

  SelectSets(long seed, int perSet) {
    this.seed = seed;
    this.perSet = perSet;
  }

  /** Every judged case for the records, whose catalog ids are given. */
  List<Judged> build(List<Article> records, Map<Article, Long> ids) {
    List<Article> stored = records.stream().filter(ids::containsKey).toList();
    List<Judged> out = new ArrayList<>();
    for (String lang : List.of("ru", "en")) {
      List<Article> labelled = stored.stream().filter(a -> lang.equals(a.language())
          && !fields(a).isEmpty()).toList();
      out.addAll(sample(Judged.Measure.SIMILAR, lang, labelled, ids,
          a -> lang.equals("en") || a.origin().source().startsWith(RUSSIAN_LABELLED),
          a -> same(labelled, a, ids, false)));
      out.addAll(sample(Judged.Measure.SELECT, lang, labelled, ids,
          a -> topic(a) != null && (lang.equals("en") || !a.keywords().isEmpty()),
          a -> same(labelled, a, ids, lang.equals("ru"))));
    }
    List<Article> bilingual = stored.stream().filter(a -> "ru".equals(a.language())
        && !keywords(a, true).isEmpty() && !keywords(a, false).isEmpty()).toList();
    for (String lang : List.of("en", "ru")) {
      boolean topicCyrillic = lang.equals("ru");
      out.addAll(sample(Judged.Measure.CROSS, lang, bilingual, ids, a -> true,
          a -> sharing(stored, a, ids, !topicCyrillic)).stream()
          .map(j -> new Judged(j.measure(), j.language(), j.seed(),
              oneLanguage(byId(bilingual, ids, j.seed()), topicCyrillic), j.relevant()))
          .toList());
    }
    return out;
  }

  private List<Judged> sample(Judged.Measure measure, String lang, List<Article> pool,
      Map<Article, Long> ids, Predicate<Article> usable, java.util.function.Function<Article,
      Set<Long>> judge) {
    List<Article> shuffled = new ArrayList<>(pool.stream().filter(usable).toList());
    shuffled.sort(java.util.Comparator.comparing(ids::get));
    Collections.shuffle(shuffled, new Random(seed ^ (measure + lang).hashCode()));
    List<Judged> out = new ArrayList<>();
    for (Article a : shuffled) {
      if (out.size() == perSet) {
        break;
      }
      Set<Long> relevant = judge.apply(a);
      if (!relevant.isEmpty()) {
        out.add(new Judged(measure, lang, ids.get(a),
            measure == Judged.Measure.SIMILAR ? null : topic(a), relevant));
      }
    }
    return out;
  }

  /** Others sharing a discipline (and, when asked, an author keyword). */
  private static Set<Long> same(List<Article> pool, Article seed, Map<Article, Long> ids,
      boolean keyword) {
    Set<String> f = fields(seed);
    Set<String> k = normal(seed.keywords());
    Set<Long> out = new LinkedHashSet<>();
    for (Article a : pool) {
      if (a != seed && !Collections.disjoint(f, fields(a))
          && (!keyword || !Collections.disjoint(k, normal(a.keywords())))) {
        out.add(ids.get(a));
      }
    }
    return out;
  }

  /** Others sharing one of the seed's keywords written in the given script. */
  private static Set<Long> sharing(List<Article> pool, Article seed, Map<Article, Long> ids,
      boolean cyrillic) {
    Set<String> k = keywords(seed, cyrillic);
    Set<Long> out = new LinkedHashSet<>();
    for (Article a : pool) {
      if (a != seed && !Collections.disjoint(k, normal(a.keywords()))) {
        out.add(ids.get(a));
      }
    }
    return out;
  }

  /** The seed's keywords and abstracts written in one script only. */
  private static String oneLanguage(Article a, boolean cyrillic) {
    List<String> parts = new ArrayList<>(keywords(a, cyrillic));
    for (Abstract ab : a.abstracts()) {
      if (ab.text() != null && cyrillic(ab.text()) == cyrillic) {
        parts.add(ab.text());
      }
    }
    return String.join(". ", parts);
  }

  private static Article byId(List<Article> pool, Map<Article, Long> ids, long id) {
    return pool.stream().filter(a -> ids.get(a) == id).findFirst().orElseThrow();
  }

  /** The record's main abstract when long enough to be a topic, else null. */
  static String topic(Article a) {
    String text = a.mainAbstract();
    return text != null && text.strip().length() >= MIN_TOPIC ? text.strip() : null;
  }

  /** Discipline labels: S2ORC lists several fields of study separated by commas. */
  static Set<String> fields(Article a) {
    Set<String> out = new LinkedHashSet<>();
    if (a.discipline() != null) {
      for (String f : a.discipline().split(",")) {
        if (!f.isBlank()) {
          out.add(f.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static Set<String> keywords(Article a, boolean cyrillic) {
    Set<String> out = new LinkedHashSet<>();
    for (String k : normal(a.keywords())) {
      if (cyrillic(k) == cyrillic && k.chars().anyMatch(Character::isLetter)) {
        out.add(k);
      }
    }
    return out;
  }

  static Set<String> normal(List<String> keywords) {
    Set<String> out = new LinkedHashSet<>();
    keywords.forEach(k -> out.add(k.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
        .replace('ё', 'е')));
    return out;
  }

  private static boolean cyrillic(String s) {
    Map<Boolean, Long> counts = new HashMap<>();
    s.codePoints().filter(Character::isLetter).forEach(c -> counts.merge(
        Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC, 1L, Long::sum));
    return counts.getOrDefault(true, 0L) > counts.getOrDefault(false, 0L);
  }
}
