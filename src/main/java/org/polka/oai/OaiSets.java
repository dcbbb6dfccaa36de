package org.polka.oai;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.polka.article.Article;
import org.polka.catalog.CatalogChanges;
import org.polka.catalog.CatalogChanges.Selection;

/**
 * The repository's sets: {@code journal} and {@code discipline}, and under them one set per journal
 * ({@code journal:<slug>}) and per discipline ({@code discipline:<slug>}). A slug is the name
 * transliterated to Latin letters, lower case, words joined by hyphens, so it stays the same as
 * long as the name does; names that give the same slug form one set.
 */
final class OaiSets {
  /** One set: its spec and its name. */
  record OaiSet(String spec, String name) {}

  private static final Map<Character, String> CYRILLIC = cyrillic();

  private final CatalogChanges changes;

  OaiSets(CatalogChanges changes) {
    this.changes = changes;
  }

  /** Every set, the two top-level ones first; empty when no article has a journal or discipline. */
  List<OaiSet> all() {
    List<OaiSet> sets = new ArrayList<>();
    addGroup(sets, "journal", "Journals");
    addGroup(sets, "discipline", "Disciplines");
    return sets;
  }

  private void addGroup(List<OaiSet> sets, String column, String title) {
    Map<String, String> bySlug = new LinkedHashMap<>();
    for (String value : changes.distinct(column)) {
      bySlug.putIfAbsent(slug(value), value);
    }
    if (bySlug.isEmpty()) {
      return;
    }
    sets.add(new OaiSet(column, title));
    bySlug.forEach((slug, name) -> sets.add(new OaiSet(column + ":" + slug, name)));
  }

  /**
   * The selection of the set's entries within the dates; null when no such set exists.
   */
  Selection select(String spec, String from, String until) {
    if (spec == null) {
      return new Selection(from, until, null, List.of());
    }
    int colon = spec.indexOf(':');
    String column = colon < 0 ? spec : spec.substring(0, colon);
    if (!column.equals("journal") && !column.equals("discipline")) {
      return null;
    }
    List<String> values = changes.distinct(column);
    if (colon < 0) {
      return values.isEmpty() ? null : new Selection(from, until, column, List.of());
    }
    String slug = spec.substring(colon + 1);
    List<String> named = values.stream().filter(v -> slug(v).equals(slug)).toList();
    return named.isEmpty() ? null : new Selection(from, until, column, named);
  }

  /** The setSpecs an article belongs to (the leaf sets; membership in the parents is implied). */
  static List<String> specsOf(Article a) {
    List<String> specs = new ArrayList<>();
    if (a.journal() != null && a.journal().title() != null) {
      specs.add("journal:" + slug(a.journal().title()));
    }
    if (a.discipline() != null) {
      specs.add("discipline:" + slug(a.discipline()));
    }
    return specs;
  }

  /** The name as a setSpec word: Latin letters and digits joined by hyphens. */
  static String slug(String name) {
    StringBuilder latin = new StringBuilder();
    for (char ch : name.toLowerCase(Locale.ROOT).toCharArray()) {
      String t = CYRILLIC.get(ch);
      latin.append(t != null ? t : String.valueOf(ch));
    }
    String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "n" + Integer.toHexString(name.hashCode()) : slug;
  }

  private static Map<Character, String> cyrillic() {
    String[] pairs = {"а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh",
        "з", "z", "и", "i", "й", "i", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p",
        "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh",
        "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "iu", "я", "ia", "і", "i", "ї", "i",
        "є", "ie", "ґ", "g", "ў", "u"};
    Map<Character, String> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i].charAt(0), pairs[i + 1]);
    }
    return Map.copyOf(map);
  }
}
