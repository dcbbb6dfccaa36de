package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.catalog.StoredArticle;
import org.polka.search.TermSigner;

/** Signatures made when articles are indexed, read back from a real embedded index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignatureTest {
  Library library;
  SelectCorpus corpus;

  @BeforeAll
  void open(@TempDir Path dir) {
    library = Library.open(dir);
    corpus = new SelectCorpus(library);
  }

  @AfterAll
  void close() {
    library.close();
  }

  private Signature stored(String name) {
    return library.index().withSearcher(searcher -> {
      int doc = searcher.search(new TermQuery(new Term("id",
          String.valueOf(corpus.id(name)))), 1).scoreDocs[0].doc;
      return Signature.decode(searcher.getDocFetcher().doc(doc,
          Set.of(TermSigner.FIELD)).get(TermSigner.FIELD));
    });
  }

  @Test
  void indexingWritesTheFrontMatterAndBodyCountsOfEachTerm() {
    Map<String, Signature.Entry> ga1 = stored("ga1").entries().stream()
        .collect(Collectors.toMap(Signature.Entry::term, e -> e));
    // "расписание" is in the title (x2) and twice in the abstract, which is also the body
    Signature.Entry schedule = ga1.get("расписан");
    assertThat(schedule).isNotNull();
    assertThat(schedule.front()).isEqualTo(4.0);
    assertThat(schedule.body()).isEqualTo(2);
    assertThat(schedule.surface()).isEqualTo("расписание");
    assertThat(ga1.get("генетическ").front()).isEqualTo(2 + 2 + 1.0);
    assertThat(ga1).doesNotContainKey("и");
  }

  @Test
  void anArticleWithoutAbstractIsSummarisedByItsOpeningParagraphs() {
    Signature s = Signature.of(analyzer(), "Title", List.of(),
        List.of(), List.of("Graphene conducts heat.", "Second paragraph on graphene.",
            "Third.", "A fourth paragraph about lattices."));
    Map<String, Signature.Entry> byTerm = s.entries().stream()
        .collect(Collectors.toMap(Signature.Entry::term, e -> e));
    assertThat(byTerm.get("graphen").front()).isEqualTo(2.0);
    assertThat(byTerm.get("graphen").body()).isEqualTo(2);
    assertThat(byTerm.get("lattic").front()).isZero();
    assertThat(byTerm.get("lattic").body()).isEqualTo(1);
  }

  @Test
  void aSignatureReadsBackAsWritten() {
    Signature s = stored("bi");
    assertThat(s.entries()).isNotEmpty();
    assertThat(Signature.decode(s.encode())).isEqualTo(s);
    assertThat(Signature.decode("broken line\nterm\tword\t2\t3\n").entries())
        .containsExactly(new Signature.Entry("term", "word", 2, 3));
  }

  @Test
  void aRebuildKeepsTheSignaturesItMakesAndTheNextOneCopiesThem() {
    library.reindex(line -> { });
    List<StoredArticle> rows = new ArrayList<>();
    library.catalog().scan(100, rows::addAll);
    assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.signature()).isNotBlank());
    StoredArticle ga1 = rows.stream().filter(r -> r.id() == corpus.id("ga1")).findFirst().orElseThrow();
    assertThat(Signature.decode(ga1.signature())).isEqualTo(stored("ga1"));
    // kept signatures are copied into the index: nothing is analysed for them again
    assertThat(library.index().add(rows)).isEmpty();
    library.index().commit();
    assertThat(stored("ga1")).isEqualTo(Signature.decode(ga1.signature()));
  }

  private org.apache.lucene.analysis.Analyzer analyzer() {
    return library.index().withSearcher(searcher ->
        searcher.getSchema().getFieldTypeByName(TermSigner.TEXT_TYPE)
            .getIndexAnalyzer());
  }
}
