package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleModelTest {

  @Test
  void onlyWebLinksAreLinked() {
    assertThat(ArticleModel.webLink("https://cyberleninka.ru/article/n/x")).isEqualTo("https://cyberleninka.ru/article/n/x");
    assertThat(ArticleModel.webLink("javascript:alert(1)")).isNull();
    assertThat(ArticleModel.webLink(null)).isNull();
  }
}
