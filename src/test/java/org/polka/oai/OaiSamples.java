package org.polka.oai;

import java.util.ArrayList;
import java.util.List;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.article.Origin;
import org.polka.article.SourceFile;
import org.polka.catalog.Catalog;
import org.polka.catalog.StoredArticle;

/** Articles for the OAI-PMH tests: varied front matter, and plain fillers to make several pages. */
final class OaiSamples {
  static final String RU_JOURNAL = "Вестник Томского государственного университета. История";
  static final String RU_DISCIPLINE = "История и археология";

  private OaiSamples() {}

  /** A Russian article with everything the rich format carries. */
  static Article russian() {
    return Article.builder()
        .title("Россия в Центральной Азии: историография вопроса")
        .language("ru")
        .addAuthor(new Author("Бахтиёр Рашидов", "Бахтиёр", "Рашидов",
            List.of("Томский государственный университет, Томск, Россия"), "rashidov@example.org",
            "0000-0002-1825-0097"))
        .addAuthor(new Author("Иванов П.Л.", "П.Л.", "Иванов", List.of(
            "Казанский федеральный университет", "Институт истории АН РТ"), null, null))
        .addAbstract(new Abstract("ru", "Статья рассматривает историографию присоединения."))
        .addAbstract(new Abstract("en", "The article reviews the historiography of the annexation."))
        .keywords(List.of("историография", "Центральная Азия", "Russia"))
        .discipline(RU_DISCIPLINE)
        .license("CC BY")
        .doi("10.17223/19988613/61/3")
        .published("2019")
        .journal(new Journal(RU_JOURNAL, "1998-8613", "3", "61", "23", "31",
            "Томский государственный университет"))
        .source(new SourceFile("rashidov.xml", "jats", null))
        .origin(new Origin("test", "ru-1", null))
        .build();
  }

  /** An English article with a full date and a journal without volume. */
  static Article english() {
    return Article.builder()
        .title("Counting <angle> brackets & ampersands")
        .language("en")
        .addAuthor(new Author("Jane Q. Smith", "Jane Q.", "Smith", List.of("MIT"), null, null))
        .addAuthor(Author.named("Consortium of Testers"))
        .addAbstract(new Abstract("en", "We count things.\nTwice."))
        .keywords(List.of("counting"))
        .discipline("Mathematics")
        .published("2020-05-17")
        .journal(new Journal("Journal of Tests", null, null, "2", "101", null, null))
        .origin(new Origin("test", "en-1", null))
        .build();
  }

  /** An article known only by its title. */
  static Article bare() {
    return Article.builder().title("Untitled notes\u0007 with a bell").origin(new Origin("test", "bare", null))
        .build();
  }

  /** {@code n} small articles in one journal and discipline, stored in one batch. */
  static List<StoredArticle> fillers(Catalog catalog, int n) {
    List<Catalog.Incoming> batch = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(new Catalog.Incoming(Article.builder().title("Filler " + i).language("en")
          .discipline("Mathematics").journal(Journal.titled("Filler Journal"))
          .origin(new Origin("test", "filler-" + i, null)).published("2021").build(), null, null));
    }
    return catalog.put(batch).stream().map(Catalog.PutResult::stored).toList();
  }
}
