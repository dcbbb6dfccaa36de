package org.polka.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Origin;
import org.polka.catalog.Catalog.Change;
import org.polka.catalog.Catalog.Incoming;

class CatalogTest extends CatalogFixture {
  private static Article article(String title, String doi, Origin origin) {
    return Article.builder().title(title).doi(doi).origin(origin).language("en")
        .addAuthor(Author.named("Bakhtier Rashidov"))
        .addAbstract(new Abstract("en", "About " + title)).views(103).downloads(59).build();
  }

  private Change put(Article a, String hash) {
    return catalog.put(List.of(new Incoming(a, hash, null))).get(0).change();
  }

  @Test
  void secondIngestOfTheSameRecordChangesNothing() {
    Article a = article("Russia in Central Asia", null, new Origin("cyberleninka", "42", null));
    assertThat(put(a, "h1")).isEqualTo(Change.ADDED);
    assertThat(put(a, "h1")).isEqualTo(Change.UNCHANGED);
    assertThat(catalog.count()).isEqualTo(1);
  }

  @Test
  void sameSourceIdWithNewContentIsAnUpdate() {
    Origin origin = new Origin("cyberleninka", "42", null);
    put(article("Old title", null, origin), "h1");
    assertThat(put(article("New title", null, origin), "h2")).isEqualTo(Change.UPDATED);
    assertThat(catalog.findBySource("cyberleninka", "42")).get()
        .extracting(s -> s.article().title()).isEqualTo("New title");
    assertThat(catalog.count()).isEqualTo(1);
  }

  @Test
  void doiIdentifiesAcrossSourcesAndIsComparedNormalised() {
    put(article("A", "10.1234/ABC", new Origin("s1", "1", null)), "h1");
    assertThat(put(article("A, revised", "https://doi.org/10.1234/abc", new Origin("s2", "9", null)), "h2"))
        .isEqualTo(Change.UPDATED);
    assertThat(catalog.findByDoi("doi:10.1234/Abc")).isPresent();
    assertThat(catalog.count()).isEqualTo(1);
  }

  @Test
  void withoutIdentifiersTheContentHashDecides() {
    put(article("Same file", null, null), "hash-a");
    assertThat(put(article("Same file", null, null), "hash-a")).isEqualTo(Change.UNCHANGED);
    assertThat(put(article("Other file", null, null), "hash-b")).isEqualTo(Change.ADDED);
    assertThat(catalog.count()).isEqualTo(2);
  }

  @Test
  void countersStartFromTheSourceAndGrow() {
    long id = catalog.put(List.of(new Incoming(article("T", null, null), "h", null))).get(0).id();
    catalog.countView(id);
    catalog.countDownload(id);
    StoredArticle stored = catalog.get(id).orElseThrow();
    assertThat(stored.views()).isEqualTo(104);
    assertThat(stored.downloads()).isEqualTo(60);
  }

  @Test
  void recordRoundTripsThroughTheDatabase() {
    Article a = article("Round trip", "10.1/x", new Origin("src", "7", "https://example.org/7"));
    long id = catalog.put(List.of(new Incoming(a, "h", "ab/file.pdf"))).get(0).id();
    StoredArticle stored = catalog.get(id).orElseThrow();
    assertThat(stored.article()).isEqualTo(a);
    assertThat(stored.file()).isEqualTo("ab/file.pdf");
  }

  @Test
  void scanVisitsEveryArticleOnceInBatches() {
    List<Incoming> batch = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      batch.add(new Incoming(article("T" + i, null, new Origin("s", "" + i, null)), "h" + i, null));
    }
    catalog.put(batch);
    List<Long> seen = new ArrayList<>();
    catalog.scan(10, b -> b.forEach(s -> seen.add(s.id())));
    assertThat(seen).hasSize(25).doesNotHaveDuplicates().isSorted();
    assertThat(catalog.recent(3)).extracting(s -> s.article().title()).containsExactly("T24", "T23", "T22");
  }

  @Test
  void dataSurvivesReopening() {
    put(article("Durable", null, new Origin("s", "1", null)), "h");
    catalog.close();
    catalog = Catalog.openSqlite(dir.resolve("catalog.db"));
    assertThat(catalog.findBySource("s", "1")).isPresent();
  }
}
