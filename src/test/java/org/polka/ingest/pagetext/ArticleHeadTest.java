package org.polka.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Author;

class ArticleHeadTest {

  @Test
  void findsATitleHeadOverSeveralLinesAndItsAuthors() {
    List<String> lines = List.of("tail of the last article.", "RIVERS AND", "RULERS: A STUDY",
        "Ivan PETROV, Olga SIDOROVA-KIM", "Institute of Geography (Almaty, Kazakhstan)",
        "Introduction", "Text.");
    ArticleHead head = ArticleHead.find(lines, "Rivers and rulers: a study");
    assertThat(head.titleAt()).isEqualTo(1);
    assertThat(head.bodyAt()).isEqualTo(5);
    assertThat(head.authors()).containsExactly(
        new Author("Ivan Petrov", "Ivan", "Petrov", List.of("Institute of Geography (Almaty, Kazakhstan)"), null, null),
        new Author("Olga Sidorova-Kim", "Olga", "Sidorova-Kim",
            List.of("Institute of Geography (Almaty, Kazakhstan)"), null, null));
  }

  @Test
  void reportsAMissingHead() {
    ArticleHead head = ArticleHead.find(List.of("Some text.", "More text."), "Rivers");
    assertThat(head.titleAt()).isEqualTo(-1);
    assertThat(head.bodyAt()).isZero();
    assertThat(head.authors()).isEmpty();
  }

  @Test
  void aHeadingEqualToAShortTitleDoesNotCountAsTheHead() {
    ArticleHead head = ArticleHead.find(List.of("Some text.", "Rivers", "More text."), "Rivers");
    assertThat(head.titleAt()).isEqualTo(-1);
  }

  @Test
  void recognisesAuthorLines() {
    assertThat(ArticleHead.isAuthorLine("Bakhtier RASHIDOV")).isTrue();
    assertThat(ArticleHead.isAuthorLine("Evolution of Foreign Policy Ideas")).isFalse();
    assertThat(ArticleHead.isAuthorLine("Central Asian Studies")).isFalse();
    assertThat(ArticleHead.restoreCase("O’BRIEN")).isEqualTo("O’Brien");
  }
}
