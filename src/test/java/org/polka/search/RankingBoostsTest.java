package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Section;
import org.polka.catalog.StoredArticle;

/** The mild ranking boosts (usage, freshness, exact title) on a real embedded index. */
class RankingBoostsTest {
  @TempDir
  static Path dir;
  static SearchIndex index;
  static final int THIS_YEAR = Year.now().getValue();

  @BeforeAll
  static void open() {
    index = SearchIndex.openEmbedded(dir.resolve("index"));
    index.add(List.of(
        // two equal articles: the later-added, higher-id one is downloaded more
        stored(1, article("Гидрология малых рек", "Сток малых рек весной.", 2015), 0, 3, "2024-02-01"),
        stored(2, article("Гидрология малых рек", "Сток малых рек весной.", 2015), 900, 4000,
            "2024-03-01"),
        // a strong textual match nobody reads, a weak one everybody reads
        stored(3, article("Мерзлота и климат Арктики", "Мерзлота тает, климат Арктики теплеет.",
            2010), 0, 0, "2024-01-01"),
        stored(4, article("Заметки о путешествиях", "Поездка на север.", 2010,
            "В Арктике был холодный климат."), 1_000_000, 1_000_000, "2024-01-02"),
        // equal text: a new article, and an old one with a few more downloads
        stored(5, article("Лесные пожары тайги", "Пожары в тайге.", 1990), 0, 2, "2024-01-03"),
        stored(6, article("Лесные пожары тайги", "Пожары в тайге.", THIS_YEAR), 0, 0,
            "2024-01-04"),
        // a title equal to the query, and a longer one repeating its words everywhere
        stored(7, article("Экономика региона", "Об отраслях.", 2012), 0, 0, "2024-01-05"),
        stored(8, article("Экономика региона: региональная экономика и экономика регионов",
            "Экономика региона, экономика региона и снова экономика региона.", 2012,
            "Экономика региона растёт, экономика региона меняется."), 50, 50, "2024-01-06")));
    index.commit();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Article article(String title, String abstractText, int year, String... body) {
    var b = Article.builder().title(title).language("ru").published(Integer.toString(year))
        .addAbstract(new Abstract("ru", abstractText));
    if (body.length > 0) {
      b.addSection(new Section(null, null, List.of(body)));
    }
    return b.build();
  }

  private static StoredArticle stored(long id, Article a, long views, long downloads, String day) {
    Instant when = Instant.parse(day + "T00:00:00Z");
    return new StoredArticle(id, a, "h" + id, null, views, downloads, when, when);
  }

  private static List<Long> ids(String text) {
    return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void ofTwoEqualArticlesTheMoreDownloadedRanksFirst() {
    assertThat(ids("гидрология малых рек")).containsExactly(2L, 1L);
  }

  @Test
  void aStrongTextualMatchBeatsAPopularWeakOne() {
    assertThat(ids("климат арктики мерзлота")).first().isEqualTo(3L);
    assertThat(ids("климат арктики")).containsSubsequence(3L, 4L);
  }

  @Test
  void aNewArticleOutranksAnEqualOldOneWithAFewMoreDownloads() {
    assertThat(ids("лесные пожары тайги")).containsExactly(6L, 5L);
  }

  @Test
  void aQueryEqualToTheWholeTitleRanksThatArticleFirst() {
    assertThat(ids("экономика региона")).startsWith(7L);
    assertThat(ids("Экономика  региона!")).startsWith(7L);
  }

  @Test
  void boostsAreMild() {
    double newest = 1 + Boosts.FRESHNESS;
    double veryPopular = 1 + Boosts.USAGE * Math.log10(1 + 1_000_000 + 100_000);
    assertThat(newest * veryPopular).isLessThan(1.4);
  }
}
