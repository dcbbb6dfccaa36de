package org.polka.search;

import java.time.Instant;
import java.util.List;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.article.Origin;
import org.polka.article.Section;
import org.polka.catalog.StoredArticle;

/** A small bilingual set of articles, written for the search tests. */
final class TestArticles {
  private TestArticles() {}

  static StoredArticle stored(long id, Article article, String added) {
    Instant when = Instant.parse(added);
    return new StoredArticle(id, article, "hash" + id, null, 0, 0, when, when);
  }

  static List<StoredArticle> all() {
    return List.of(
        stored(1, Article.builder()
            .title("Экономическое развитие Центральной Азии")
            .language("ru")
            .addAuthor(Author.named("Bakhtier Rashidov"))
            .addAuthor(new Author(null, "Анна", "Петрова", List.of(), null, null))
            .addAbstract(new Abstract("en", "The article examines trade networks in Central Asia."))
            .addAbstract(new Abstract("ru", "Статья рассматривает торговлю в странах Центральной Азии."))
            .keywords(List.of("Центральная Азия", "торговля"))
            .discipline("Economics").license("CC BY").published("2019-05-01")
            .journal(Journal.titled("Вестник экономики"))
            .addSection(new Section("Введение", 1, List.of(
                "Торговые пути региона менялись на протяжении веков.",
                "Караваны шли через степи и горы.")))
            .origin(new Origin("cyberleninka", "ekon-razvitie", "https://example.org/a/1"))
            .doi("10.1234/econ.1")
            .build(), "2024-01-01T00:00:00Z"),
        stored(2, Article.builder()
            .title("Ёлки и ели в лесах Сибири")
            .language("ru")
            .addAuthor(Author.named("Иван Семёнов"))
            .addAbstract(new Abstract("ru", "Описаны хвойные леса, где растут ёлки."))
            .keywords(List.of("хвойные", "Сибирь"))
            .discipline("Biology").license("CC BY-SA").published("2021")
            .journal(Journal.titled("Лесной журнал"))
            .build(), "2024-01-02T00:00:00Z"),
        stored(3, Article.builder()
            .title("Neural networks for language models")
            .language("en")
            .addAuthor(Author.named("John Smith"))
            .addAbstract(new Abstract("en", "We study how a neural network learns the structure of text."))
            .keywords(List.of("Machine learning", "NLP"))
            .discipline("Computer science").license("CC BY").published("2020-02-02")
            .journal(Journal.titled("Journal of Computing"))
            .addSection(new Section(null, null, List.of("Training uses large corpora.")))
            .build(), "2024-01-03T00:00:00Z"),
        stored(4, Article.builder()
            .title("<script>alert(1)</script> Cross-site scripting in web forms")
            .language("en")
            .addAuthor(Author.named("Mary O'Brien"))
            .addAbstract(new Abstract("en", "We describe <b>unsafe</b> input handling & the alert boxes it opens."))
            .keywords(List.of("Security"))
            .discipline("Computer science").license("CC BY").published("2018")
            .journal(Journal.titled("Journal of Computing"))
            .build(), "2024-01-04T00:00:00Z"),
        stored(5, Article.builder()
            .title("Центральная Азия в мировой политике")
            .language("ru")
            .addAuthor(Author.named("Rashidov B."))
            .addAbstract(new Abstract("ru", "Роль региона в международных отношениях."))
            .keywords(List.of("политика"))
            .discipline("Political science").published("2015")
            .build(), "2024-01-05T00:00:00Z"),
        stored(6, Article.builder()
            .title("Заметки без даты")
            .language("ru")
            .addAbstract(new Abstract("ru", "Короткая заметка о библиотеках."))
            .discipline("Biology")
            .build(), "2024-01-06T00:00:00Z"));
  }
}
