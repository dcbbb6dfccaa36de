package org.polka.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.ingest.ReadSink;

/** The reader on a small self-written page in the CyberLeninka page-text layout. */
class PageTextReaderTest {
  private static Path page;
  private static Article article;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    page = Path.of(PageTextReaderTest.class.getResource("/pagetext/fake-page.txt").toURI());
    Sink sink = new Sink();
    new PageTextReader().read(page, sink);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.records).hasSize(1);
    article = sink.records.getFirst();
  }

  @Test
  void acceptsCyberLeninkaPagesOnly(@TempDir Path dir) throws IOException {
    var reader = new PageTextReader();
    byte[] head = Files.readAllBytes(page);
    assertThat(reader.accepts(page, head)).isTrue();
    assertThat(reader.accepts(dir.resolve("page"), head)).isTrue();
    assertThat(reader.accepts(dir.resolve("page.pdf"), head)).isFalse();
    byte[] plain = "Just some notes about rivers.".getBytes(StandardCharsets.UTF_8);
    assertThat(reader.accepts(dir.resolve("notes.txt"), plain)).isFalse();
    assertThat(reader.format()).isEqualTo("text");
  }

  @Test
  void readsTheChrome() {
    assertThat(article.title()).isEqualTo("Water and power in the Ferghana Valley");
    assertThat(article.discipline()).isEqualTo("Экономика и бизнес");
    assertThat(article.license()).isEqualTo("CC BY-NC");
    assertThat(article.views()).isEqualTo(2417);
    assertThat(article.downloads()).isEqualTo(388);
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.source().file()).isEqualTo("fake-page.txt");
    assertThat(article.origin().source()).isEqualTo("cyberleninka");
    assertThat(article.origin().url()).isNull();
  }

  @Test
  void keepsTheAbstractWithItsLanguage() {
    assertThat(article.abstracts()).containsExactly(new Abstract("en",
        "The article looks at how the three valley states share the water of the Syr Darya and what it costs them."));
  }

  @Test
  void restoresKeywordCaseFromTheText() {
    assertThat(article.keywords())
        .containsExactly("Ferghana Valley", "water", "Syr Darya", "Hydropower", "Irrigation quotas");
  }

  @Test
  void readsAuthorsAndAffiliationsUnderTheTitleHead() {
    assertThat(article.authors()).extracting(Author::name).containsExactly("Anna Petrova", "Timur Karimov");
    assertThat(article.authors().getFirst().family()).isEqualTo("Petrova");
    assertThat(article.authors().getFirst().affiliations())
        .containsExactly("Senior lecturer, Department of Geography, Osh State University (Osh, Kyrgyzstan)");
    assertThat(article.authors().get(1).affiliations())
        .containsExactly("Ph.D. (Econ.), research fellow (Tashkent, Uzbekistan)");
  }

  @Test
  void dropsThePreviousArticleAndSplitsSections() {
    assertThat(article.sections()).extracting(Section::title).containsExactly("Introduction", "Summary");
    String body = String.join("\n", article.paragraphs());
    assertThat(body).doesNotContain("previous essay", "Rivers of Asia", "Надоели", "сервис подбора");
    assertThat(article.warnings()).anyMatch(w -> w.contains("previous article"));
  }

  @Test
  void separatesFootnotesAndRejoinsTheParagraphAcrossThem() {
    assertThat(article.footnotes()).containsExactly(
        new Footnote("1", "See the protocol of the Bishkek meeting of 12 March, 1993."),
        new Footnote("2", "Ibidem, p. 4."));
    assertThat(article.sections().getFirst().paragraphs()).hasSize(2);
    assertThat(article.sections().getFirst().paragraphs().getFirst())
        .contains("broken.1 Farmers in the lower valley2 remember that year as the beginning of the troubles. Since");
  }

  @Test
  void repairsWords() {
    String body = String.join("\n", article.paragraphs());
    assertThat(body).contains("in the spring of 1993,", "Kambaratinskaia station", "Kambarata-1 project",
        "valley-wide agreement");
  }

  @Test
  void readsARussianPageWithoutATitleHead() {
    String text = """
        Научная статья на тему 'Учёт воды в долине'
        Учёт воды в долине Текст научной статьи по специальности «Экономика и бизнес»
        CC BY
        12
        3
        Аннотация научной статьи по экономике и бизнесу, автор научной работы — Петрова Анна
        В статье описан учёт воды.
        The article describes water accounting.
        Ключевые слова
        ВОДА / ДОЛИНА ФЕРГАНЫ / УЧЁТ ВОДЫ
        Текст научной работы на тему «Учёт воды в долине»
        Введение
        Вода в Ферганской долине распреде- ляется по квотам, и долина Ферганы живёт по ним.
        Список литературы
        1. Иванов И. И. Вода Азии. М., 2001.
        2. Smith A. Rivers of Asia. London,
        2003.
        """;
    Article ru = new PageTextReader().parse(text, "ru.txt");
    assertThat(ru.language()).isEqualTo("ru");
    assertThat(ru.authors()).containsExactly(
        new Author("Анна Петрова", "Анна", "Петрова", List.of(), null, null));
    assertThat(ru.abstracts()).containsExactly(new Abstract("ru", "В статье описан учёт воды."),
        new Abstract("en", "The article describes water accounting."));
    assertThat(ru.keywords()).containsExactly("вода", "долина Ферганы", "учёт воды");
    assertThat(ru.paragraphs()).containsExactly(
        "Вода в Ферганской долине распределяется по квотам, и долина Ферганы живёт по ним.");
    assertThat(ru.warnings()).anyMatch(w -> w.startsWith("title head not found"));
    assertThat(ru.references()).extracting(org.polka.article.Reference::raw)
        .containsExactly("1. Иванов И. И. Вода Азии. М., 2001.", "2. Smith A. Rivers of Asia. London, 2003.");
  }

  /** Collects what the reader hands over. */
  private static final class Sink implements ReadSink {
    final List<Article> records = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void record(Article a, String location) {
      records.add(a);
    }

    @Override
    public void problem(String location, String reason) {
      problems.add(location + ": " + reason);
    }
  }
}
