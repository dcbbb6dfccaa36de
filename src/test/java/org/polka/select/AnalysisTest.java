package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;

/** Term statistics of the selection service over a real library's index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisTest {
  Library library;

  @BeforeAll
  void open(@TempDir Path dir) {
    library = Library.open(dir);
    new SelectCorpus(library);
  }

  @AfterAll
  void close() {
    library.close();
  }

  @Test
  void aBatchLookUpGivesEachTermsLargestDocumentFrequencyOverTheTextFields() {
    library.index().withSearcher(searcher -> {
      Map<String, Integer> cache = new HashMap<>();
      Analysis batch = new Analysis(searcher, cache);
      List<String> terms = batch.tokens("генетический алгоритм расписания нейронные сети "
          + "speech recognition history zzzunknownword").stream().map(Analysis.Token::term)
          .toList();
      batch.lookUp(terms);
      assertThat(cache).containsOnlyKeys(terms);
      for (String t : terms) {
        int expected = 0;
        for (String field : Analysis.FIELDS.keySet()) {
          expected = Math.max(expected, searcher.getIndexReader().docFreq(new Term(field, t)));
        }
        assertThat(cache.get(t)).as(t).isEqualTo(expected);
        assertThat(new Analysis(searcher).docFreq(t)).as(t).isEqualTo(expected);
      }
      assertThat(cache.get(terms.get(terms.size() - 1))).isZero();
      assertThat(cache.get(terms.get(1))).isPositive();
      return null;
    });
  }
}
