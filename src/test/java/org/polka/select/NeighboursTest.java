package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.catalog.StoredArticle;

/**
 * Nearest-neighbour candidates over a real library (SQLite catalog, embedded Solr index, Lucene
 * HNSW vector index): built where vectors are folded in, rebuilt when missing, out of step or
 * after a new model, reached by deletes, filtered by the reader's limits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NeighboursTest {
  Path dir;
  Library library;
  SelectCorpus corpus;
  Latent latent;

  @BeforeAll
  void open(@TempDir Path dir) {
    this.dir = dir;
    library = Library.open(dir.resolve("library"));
    corpus = new SelectCorpus(library);
    List<StoredArticle> all = new ArrayList<>();
    library.catalog().scan(100, all::addAll);
    library.catalog().signatures().keep(library.index().sign(all));
    latent = new Latent(library.catalog(), library.index().signatureVersion(), 5,
        dir.resolve("vectors"));
  }

  @AfterAll
  void close() {
    latent.close();
    library.close();
  }

  @Test
  @Order(1)
  void withoutAModelSelectionIsLexicalAsBefore() {
    assertThat(latent.neighbours()).isEmpty();
    Selector lexical = new Selector(library.index(), library.catalog());
    Selector withLatent = new Selector(library.index(), library.catalog(), latent);
    assertThat(ids(withLatent.similar(corpus.id("ga2")).orElseThrow().similar()))
        .isEqualTo(ids(lexical.similar(corpus.id("ga2")).orElseThrow().similar()));
    Limits limits = Limits.none(10);
    assertThat(ids(withLatent.select("генетический алгоритм расписания", limits,
        Refinements.NONE).items())).isEqualTo(ids(lexical.select(
            "генетический алгоритм расписания", limits, Refinements.NONE).items()));
  }

  @Test
  @Order(2)
  void foldingInFillsTheVectorIndexAndItFindsNeighbours() {
    List<String> lines = new ArrayList<>();
    int folded = latent.refresh(false, lines::add);
    Latent.Neighbours near = latent.neighbours().orElseThrow();
    assertThat(near.index().size()).isEqualTo(vectorsKept()).isPositive().isLessThanOrEqualTo(folded);
    float[] ga1 = library.catalog().latents().vectors(List.of(corpus.id("ga1")))
        .get(corpus.id("ga1"));
    List<Long> found = near.index().near(ga1, 3, List.of(), Set.of(corpus.id("ga1")));
    assertThat(found).hasSize(3).doesNotContain(corpus.id("ga1"), corpus.id("hist1"))
        .containsAnyOf(corpus.id("ga2"), corpus.id("ga3"), corpus.id("ga4"));
  }

  @Test
  @Order(3)
  void neighboursKeepWithinTheLimits() {
    Latent.Neighbours near = latent.neighbours().orElseThrow();
    float[] ml1 = library.catalog().latents().vectors(List.of(corpus.id("ml1")))
        .get(corpus.id("ml1"));
    Limits indexed = new Limits(2016, 2022, List.of("it"), List.of("ru"), false, 10);
    List<Long> found = near.index().near(ml1, 10, Candidates.filters(indexed), Set.of());
    assertThat(found).contains(corpus.id("bi"), corpus.id("ga4")).doesNotContain(
        corpus.id("ml1"), corpus.id("ga1"), corpus.id("chem2")).allSatisfy(id -> {
          var a = library.catalog().get(id).orElseThrow().article();
          assertThat(a.year()).isBetween(2016, 2022);
          assertThat(a.discipline()).isEqualTo("it");
          assertThat(a.language()).isEqualTo("ru");
        });

    Limits limits = new Limits(2016, 2022, List.of("it"), List.of("ru"), true, 10);

    Selector selector = new Selector(library.index(), library.catalog(), latent);
    List<ListItem> items = selector.select("neural networks recognise speech", limits,
        Refinements.NONE).items();
    assertThat(items).isNotEmpty().allSatisfy(i -> {
      assertThat(i.year()).isBetween(2016, 2022);
      assertThat(i.discipline()).isEqualTo("it");
      assertThat(i.language()).isEqualTo("ru");
      assertThat(i.license()).isEqualTo("cc-by");
    });
  }

  @Test
  @Order(4)
  void similarArticlesAndListsTakeNeighboursAcrossLanguages() {
    Selector selector = new Selector(library.index(), library.catalog(), latent);
    List<Long> similar = ids(selector.similar(corpus.id("ga2")).orElseThrow().similar());
    assertThat(similar).doesNotContain(corpus.id("ga2"));
    assertThat(similar.subList(0, 3)).containsAnyOf(corpus.id("ga1"), corpus.id("ga3"),
        corpus.id("ga4")).doesNotContain(corpus.id("hist1"), corpus.id("chem1"));
    List<Long> listed = ids(selector.select("Recurrent neural networks recognise speech",
        Limits.none(10), Refinements.NONE).items());
    assertThat(listed).contains(corpus.id("bi"), corpus.id("ml3"));
  }

  @Test
  @Order(5)
  void aMissingOrOutOfStepIndexIsRebuiltFromTheCatalog() {
    long model = library.catalog().latents().model().orElseThrow().version();
    try (VectorIndex other = new VectorIndex(dir.resolve("vectors-fresh"))) {
      assertThat(other.state()).isEqualTo(VectorIndex.State.NONE);
    }
    Latent fresh = new Latent(library.catalog(), library.index().signatureVersion(), 5,
        dir.resolve("vectors-fresh"));
    try {
      List<String> lines = new ArrayList<>();
      assertThat(fresh.refresh(false, lines::add)).isZero();
      assertThat(lines).anyMatch(l -> l.startsWith("vector index: " + vectorsKept() + " articles"));
      assertThat(fresh.neighbours().orElseThrow().index().size()).isEqualTo(vectorsKept());

      // a run cut short leaves the index marked out of step: it is not used, then rebuilt
      fresh.neighbours().orElseThrow().index().commit(model, false);
      assertThat(fresh.neighbours()).isEmpty();
      fresh.refresh(false, line -> { });
      assertThat(fresh.neighbours().orElseThrow().index().size()).isEqualTo(vectorsKept());
    } finally {
      fresh.close();
    }
  }

  @Test
  @Order(6)
  void aNewModelRebuildsTheIndex() {
    long before = library.catalog().latents().model().orElseThrow().version();
    latent.refresh(true, line -> { });
    long after = library.catalog().latents().model().orElseThrow().version();
    assertThat(after).isGreaterThan(before);
    VectorIndex index = latent.neighbours().orElseThrow().index();
    assertThat(index.state()).isEqualTo(new VectorIndex.State(after, true));
    assertThat(index.size()).isEqualTo(vectorsKept());
  }

  @Test
  @Order(7)
  void deletesReachTheVectorIndex() {
    library.refreshLatent(false, line -> { });
    Latent.Neighbours near = library.latent().neighbours().orElseThrow();
    float[] ga1 = library.catalog().latents().vectors(List.of(corpus.id("ga1")))
        .get(corpus.id("ga1"));
    assertThat(near.index().near(ga1, 20, List.of(), Set.of())).contains(corpus.id("ga3"));
    int size = near.index().size();

    assertThat(library.ingester().delete(corpus.id("ga3"))).isTrue();
    assertThat(near.index().near(ga1, 20, List.of(), Set.of())).doesNotContain(corpus.id("ga3"));
    assertThat(near.index().size()).isEqualTo(size - 1);
    assertThat(library.latent().neighbours()).isPresent();
    assertThat(ids(library.selector().similar(corpus.id("ga1")).orElseThrow().similar()))
        .doesNotContain(corpus.id("ga3"));
  }

  private int vectorsKept() {
    List<Long> ids = new ArrayList<>();
    library.catalog().scan(100, batch -> batch.forEach(s -> ids.add(s.id())));
    return library.catalog().latents().vectors(ids).size();
  }

  private static List<Long> ids(List<ListItem> items) {
    return items.stream().map(ListItem::id).toList();
  }
}
