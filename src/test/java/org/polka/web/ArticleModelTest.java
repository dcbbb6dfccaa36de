package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;

class ArticleModelTest {

  @Test
  void englishCitationUsesEnglishAbbreviations() {
    Article a = Article.builder().title("Water and power.").language("en")
        .authors(List.of(Author.named("A. Smith"), Author.named("B. Jones")))
        .journal(new Journal("Politics", null, "4", "2", "10", null, null)).published("2020")
        .doi("10.1/x").build();
    assertThat(ArticleModel.citation(a))
        .isEqualTo("A. Smith, B. Jones. Water and power // Politics. 2020. Vol. 4. No. 2. P. 10. DOI: 10.1/x");
  }

  @Test
  void citationLeavesOutWhatIsUnknown() {
    Article a = Article.builder().title("Заметка").language("ru").build();
    assertThat(ArticleModel.citation(a)).isEqualTo("Заметка.");
  }

  @Test
  void onlyWebLinksAreLinked() {
    assertThat(ArticleModel.webLink("https://cyberleninka.ru/article/n/x")).isEqualTo("https://cyberleninka.ru/article/n/x");
    assertThat(ArticleModel.webLink("javascript:alert(1)")).isNull();
    assertThat(ArticleModel.webLink(null)).isNull();
  }
}
