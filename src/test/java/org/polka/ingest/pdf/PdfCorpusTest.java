package org.polka.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.ingest.CollectingSink;

class PdfCorpusTest {

  @Test
  void readsGrobidTestPdfsWithTitlesAndText() throws IOException {
    Path dir = SharedData.require("data/extraction/grobid-test-pdfs");
    PdfReader reader = new PdfReader();
    CollectingSink sink = new CollectingSink();
    for (String name : List.of("0807.3577.pdf", "1001._0908.0054.pdf", "MullenJSSv18i03.pdf",
        "Wang-paperAVE2008.pdf", "test_Grobid_1_05452615.pdf")) {
      reader.read(dir.resolve(name), sink);
    }
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles()).hasSize(5);
    assertThat(sink.articles()).extracting(Article::title).allMatch(t -> t != null && t.length() > 10);
    assertThat(sink.articles()).allMatch(a -> a.paragraphs().size() > 5 && a.source().pages() > 0);
    assertThat(sink.articles()).extracting(Article::language).containsOnly("en");
  }
}
