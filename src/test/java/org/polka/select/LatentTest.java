package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.catalog.Latents;
import org.polka.catalog.StoredArticle;

/** Latent vectors over a real library (SQLite catalog, embedded Solr index). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LatentTest {
  Library library;
  SelectCorpus corpus;

  @BeforeAll
  void open(@TempDir Path dir) {
    library = Library.open(dir);
    corpus = new SelectCorpus(library);
    List<StoredArticle> all = new ArrayList<>();
    library.catalog().scan(100, all::addAll);
    library.catalog().signatures().keep(library.index().sign(all));
  }

  @AfterAll
  void close() {
    library.close();
  }

  @Test
  @Order(1)
  void aSmallLibraryHasNoModelAndItsSimilarArticlesStillRank() {
    library.refreshLatent(false, line -> { });
    assertThat(library.catalog().latents().model()).isEmpty();
    assertThat(library.selector().similar(corpus.id("ga2")).orElseThrow().similar()).isNotEmpty();
  }

  @Test
  @Order(2)
  void aFittedModelFoldsInEveryArticleAndSimilarArticlesUseIt() {
    Latent latent = new Latent(library.catalog(), library.index().signatureVersion(), 5,
        library.dataDir().resolve("vectors-2"));
    List<String> lines = new ArrayList<>();
    int folded = latent.refresh(false, lines::add);
    Latents.Model model = library.catalog().latents().model().orElseThrow();
    assertThat(model.signatureVersion()).isEqualTo(library.index().signatureVersion());
    assertThat(folded).isEqualTo(library.catalog().latents().signedCount());
    assertThat(lines).anyMatch(l -> l.startsWith("latent model " + model.version()));
    assertThat(latent.refresh(false, line -> { })).isZero();

    Map<Long, float[]> v = library.catalog().latents().vectors(List.of(corpus.id("ga1"),
        corpus.id("ga2"), corpus.id("chem1")));
    assertThat(v).containsKeys(corpus.id("ga1"), corpus.id("ga2"), corpus.id("chem1"));
    assertThat(LatentModel.cosine(v.get(corpus.id("ga1")), v.get(corpus.id("ga2"))))
        .isGreaterThan(LatentModel.cosine(v.get(corpus.id("ga1")), v.get(corpus.id("chem1"))));
    List<Long> similar = library.selector().similar(corpus.id("ga2")).orElseThrow().similar()
        .stream().map(ListItem::id).toList();
    assertThat(similar.subList(0, 3)).containsAnyOf(corpus.id("ga1"), corpus.id("ga3"),
        corpus.id("ga4")).doesNotContain(corpus.id("hist1"), corpus.id("chem1"));

    assertThat(latent.refresh(true, line -> { })).isEqualTo(folded);
    assertThat(library.catalog().latents().model().orElseThrow().version())
        .isGreaterThan(model.version());
  }

  @Test
  @Order(3)
  void aRebuildKeepsTheModelUntilTheLibraryHasDoubled() {
    long fitted = library.catalog().latents().model().orElseThrow().version();
    library.reindex(line -> { });
    assertThat(library.catalog().latents().model().orElseThrow().version()).isEqualTo(fitted);

    // a model fitted when the library held less than half its signed articles is refitted
    Latents store = library.catalog().latents();
    long small = store.replaceModel(library.index().signatureVersion(), store.signedCount() / 2,
        store.modelBytes(fitted).orElseThrow());
    Latent latent = new Latent(library.catalog(), library.index().signatureVersion(), 5,
        library.dataDir().resolve("vectors-3"));
    assertThat(latent.refresh(false, line -> { })).isEqualTo(store.signedCount());
    assertThat(store.model().orElseThrow().version()).isGreaterThan(small);
    assertThat(store.model().orElseThrow().articles()).isEqualTo(store.signedCount());
  }
}
