package org.polka.web;

import java.util.List;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Footnote;
import org.polka.article.Journal;
import org.polka.article.Origin;
import org.polka.article.Reference;
import org.polka.article.Section;

/** Small self-written articles for the web tests. */
final class Samples {
  static final String SCRIPT = "<script>alert(1)</script>";

  private Samples() {}

  /** A short article with the essentials. */
  static Article article(String title, String language, String discipline, String journal, int year,
      String body) {
    return Article.builder().title(title).language(language).discipline(discipline)
        .journal(Journal.titled(journal)).published(Integer.toString(year))
        .addAuthor(Author.named("Иван Петров"))
        .addAbstract(new Abstract(language, "Аннотация: " + body))
        .addSection(new Section(null, null, List.of(body)))
        .build();
  }

  /** A full article: affiliations, journal details, two abstracts, sections, footnotes, references. */
  static Article full() {
    return Article.builder()
        .title("Водные ресурсы Центральной Азии")
        .language("ru")
        .addAuthor(new Author("Бахтиёр Рашидов", "Бахтиёр", "Рашидов",
            List.of("Таджикский национальный университет, Душанбе"), null, null))
        .addAuthor(new Author("Anna Smith", "Anna", "Smith", List.of("University of Leeds"), null, null))
        .addAbstract(new Abstract("ru", "Статья посвящена водной политике в регионе."))
        .addAbstract(new Abstract("en", "The article discusses water policy in the region."))
        .keywords(List.of("водные ресурсы", "Центральная Азия"))
        .discipline("Политологические науки")
        .license("CC BY")
        .doi("10.1234/Polka.Test.1")
        .published("2019-05")
        .journal(new Journal("Вестник политологии", "1234-5678", "12", "3", "45", "60", null))
        .addSection(new Section("Введение", 1, List.of(
            "Первый абзац введения «Вода и власть»1 и его тезис.", "Второй абзац.")))
        .addSection(new Section("Методы исследования", 2, List.of("Абзац о методах.")))
        .footnotes(List.of(new Footnote("1", "Текст первой сноски."), new Footnote("2", "Вторая сноска.")))
        .references(List.of(Reference.raw("Иванов И. И. Вода и политика. М., 2010."),
            Reference.raw("Smith A. Water. London, 2015.")))
        .origin(new Origin("cyberleninka", "vodnye-resursy", "https://cyberleninka.ru/article/n/vodnye-resursy"))
        .views(100)
        .downloads(7)
        .build();
  }

  /** An article whose title and keyword carry a script element. */
  static Article hostile() {
    return Article.builder().title(SCRIPT + " Опасный заголовок").language("ru")
        .discipline("Безопасность").keywords(List.of(SCRIPT))
        .addAuthor(Author.named(SCRIPT))
        .addAbstract(new Abstract("ru", "Опасный текст " + SCRIPT))
        .addSection(new Section(SCRIPT, 1, List.of("Опасный абзац " + SCRIPT)))
        .build();
  }
}
