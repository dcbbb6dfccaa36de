package org.polka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.article.Section;
import org.polka.catalog.StoredArticle;
import org.polka.search.LuceneView;
import org.polka.search.SearchResult;

/** The bulk load, the rebuild and the Lucene floor on a real library of generated records. */
class ScaleBenchTest {
  @TempDir Path dir;

  @Test
  void aReadingListTopicIsTheAbstractElseTheTitleElseTheText() {
    // regression: an article without abstract or title gave a null topic and stopped the bench
    Article bare = Article.builder().language("ru").addSection(new Section(null, null,
        List.of("Первый абзац.", "Второй."))).build();
    assertThat(SelectionBench.topic(stored(bare))).isEqualTo("Первый абзац.");
    assertThat(SelectionBench.topic(stored(Article.builder().title("T").build()))).isEqualTo("T");
    assertThat(SelectionBench.topic(stored(Article.builder().build()))).isNull();
  }

  private static StoredArticle stored(Article a) {
    return new StoredArticle(1, a, "h", null, 0, 0, Instant.EPOCH, Instant.EPOCH);
  }

  @Test
  void catalogOnlyLoadThenRebuildThenTheFloorFindsWhatTheIndexFinds() throws Exception {
    Path file = dir.resolve("gen.jsonl.gz");
    CorpusFiles.write(new CorpusGenerator(Sources.records(), 9), 120, file, line -> { });
    List<String> lines = new ArrayList<>();
    try (Library library = Library.open(dir.resolve("data"))) {
      ScaleBench.load(library, List.of(file), lines::add);
      assertThat(library.catalog().count()).isEqualTo(120);
      assertThat(library.index().size()).isZero();
      List<StoredArticle> stored = new ArrayList<>();
      library.catalog().scan(50, stored::addAll);
      // the load makes the signatures a rebuild copies (a rebuild then analyses each text once)
      assertThat(stored).allSatisfy(a -> assertThat(a.signature()).isNotBlank());

      ScaleBench.rebuild(library, lines::add);
      assertThat(library.index().size()).isEqualTo(120);

      List<Workload.Search> work = Workload.of(ScaleBench.sample(library, 200, 1), 40, 1);
      assertThat(work).hasSize(40);
      try (LuceneView view = LuceneView.of(library.index())) {
        LuceneFloor floor = new LuceneFloor(view, 240, 1_000_000);
        for (Workload.Search s : work) {
          SearchResult solr = library.index().search(s.query());
          LuceneFloor.Result lucene = floor.search(view.translate(s.query()));
          assertThat(lucene.total()).as(s.text()).isEqualTo(solr.total());
          assertThat(lucene.hits()).hasSize(solr.hits().size());
          if (!solr.hits().isEmpty()) {
            assertThat(lucene.hits().get(0).get("id")).isEqualTo(String.valueOf(solr.hits().get(0).id()));
          }
          solr.facets().get("language").forEach(v ->
              assertThat(lucene.facets().get("language")).containsEntry(v.value(), (int) v.count()));
        }
      }
      assertThat(lines.get(0)).startsWith("catalog load: 120 records");
      assertThat(lines.get(lines.size() - 1)).startsWith("index rebuild from catalog: 120 articles");

      // every timed request answered 200 (a failure stops the run with the status and body)
      List<String> selection = new ArrayList<>();
      new SelectionBench(5, 1).run(library, selection::add);
      assertThat(selection).hasSize(2);
      assertThat(selection.get(0)).startsWith("similar articles, 1 client, 5 requests: p50");
      assertThat(selection.get(1)).startsWith("20-item reading list, 1 client, 5 requests: p50");
    }
  }
}
