package org.polka.cite;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;

/**
 * A citation test case: an article and the reference expected in each CSL style, written by hand
 * from the styles' rules.
 */
record Case(String name, Article article, Map<String, String> expected) {

  /** An article with its journal (may be null), date (may be null) and DOI (may be null). */
  static Article article(String title, String language, List<Author> authors, Journal journal,
      String published, String doi) {
    return Article.builder().title(title).language(language).authors(authors).journal(journal)
        .published(published).doi(doi).build();
  }

  static Journal journal(String title, String volume, String issue, String first, String last) {
    return new Journal(title, null, volume, issue, first, last, null);
  }

  /** Authors known only by the name as printed. */
  static List<Author> named(String... names) {
    return Arrays.stream(names).map(Author::named).toList();
  }

  /** Authors with given and family names: pairs "given", "family". */
  static List<Author> split(String... givenFamily) {
    Author[] out = new Author[givenFamily.length / 2];
    for (int i = 0; i < out.length; i++) {
      String given = givenFamily[2 * i];
      String family = givenFamily[2 * i + 1];
      out[i] = new Author(given + " " + family, given, family, List.of(), null, null);
    }
    return List.of(out);
  }

  /** The expectations in the order GOST 2018, GOST 2008, APA, Chicago, Harvard, IEEE. */
  static Case of(String name, Article article, String gost2018, String gost2008, String apa,
      String chicago, String harvard, String ieee) {
    return new Case(name, article, Map.of("gost-r-7.0.100-2018", gost2018, "gost-r-7.0.5-2008", gost2008,
        "apa", apa, "chicago", chicago, "harvard", harvard, "ieee", ieee));
  }

  @Override
  public String toString() {
    return name;
  }
}
