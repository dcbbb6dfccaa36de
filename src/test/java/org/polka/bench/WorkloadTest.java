package org.polka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polka.article.Abstract;
import org.polka.article.Article;

class WorkloadTest {
  private static final List<Article> ARTICLES = List.of(
      Article.builder().title("Экономическое развитие Центральной Азии и торговля").language("ru")
          .discipline("Экономика").published("2019").keywords(List.of("Центральная Азия"))
          .addAbstract(new Abstract("ru", "Статья рассматривает торговлю в странах Азии.")).build(),
      Article.builder().title("Neural networks for language models & more").language("en")
          .discipline("Computer science").published("2020").keywords(List.of("machine learning"))
          .addAbstract(new Abstract("en", "We study how networks learn text.")).build());

  @Test
  void kindsTakeTurnsAndTheSameSeedGivesTheSameSearches() {
    List<Workload.Search> a = Workload.of(ARTICLES, 20, 42);
    assertThat(a).hasSize(20).isEqualTo(Workload.of(ARTICLES, 20, 42));
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).kind()).isEqualTo(Workload.Kind.values()[i % Workload.Kind.values().length]);
    }
    assertThat(a).filteredOn(s -> s.kind() == Workload.Kind.PHRASE)
        .allSatisfy(s -> assertThat(s.text()).matches("\"\\S+ \\S+\""));
    assertThat(a).filteredOn(s -> s.kind() == Workload.Kind.WORDS_DISCIPLINE_YEAR)
        .allSatisfy(s -> assertThat(s.filters()).containsKeys("discipline", "year"));
  }

  @Test
  void theApiPathCarriesTheTextAndEveryFilterEncoded() {
    var s = new Workload.Search(Workload.Kind.WORDS_DISCIPLINE_YEAR, "торговля & \"Азия\"",
        new java.util.LinkedHashMap<>(Map.of("discipline", List.of("Computer science"))));
    assertThat(s.apiPath()).isEqualTo("/api/search?size=10&q=%D1%82%D0%BE%D1%80%D0%B3%D0%BE%D0%B2%D0%BB%D1%8F"
        + "+%26+%22%D0%90%D0%B7%D0%B8%D1%8F%22&discipline=Computer+science");
    assertThat(s.query().filters()).containsEntry("discipline", List.of("Computer science"));
    assertThat(s.query().size()).isEqualTo(10);
  }

  @Test
  void articlesThatCannotMakeAKindAreSkippedNotLooped() {
    List<Article> titlesOnly = List.of(Article.builder().title("x").build());
    assertThat(Workload.of(titlesOnly, 5, 1)).isEmpty();
  }

  @Test
  void percentilesAreNearestRank() {
    long[] nanos = new long[1000];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (nanos.length - i) * 1_000_000L;
    }
    Latencies l = new Latencies("x", nanos, 2_000_000_000L);
    assertThat(l.percentileMs(0.5)).isEqualTo(500.0);
    assertThat(l.percentileMs(0.99)).isEqualTo(990.0);
    assertThat(l.percentileMs(0.999)).isEqualTo(999.0);
    assertThat(l.percentileMs(1.0)).isEqualTo(1000.0);
    assertThat(l.throughput()).isEqualTo(500.0);
  }
}
