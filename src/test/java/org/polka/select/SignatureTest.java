package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

/** Signatures written by the index's update chain, read back from a real embedded index. */
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
          Set.of(SignatureProcessorFactory.FIELD)).get(SignatureProcessorFactory.FIELD));
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

  private org.apache.lucene.analysis.Analyzer analyzer() {
    return library.index().withSearcher(searcher ->
        searcher.getSchema().getFieldTypeByName(SignatureProcessorFactory.TEXT_TYPE)
            .getIndexAnalyzer());
  }
}
