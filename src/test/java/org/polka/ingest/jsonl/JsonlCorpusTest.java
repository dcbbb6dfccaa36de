package org.polka.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.ingest.CollectingSink;

class JsonlCorpusTest {

  @Test
  void readsTheWholeCorpus() throws IOException {
    Path corpus = SharedData.require("data/corpus/records.jsonl.gz");
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(corpus, sink);

    assertThat(sink.records).hasSize(3_399);
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles()).filteredOn(a -> a.title() == null).hasSize(190);
    assertThat(sink.articles()).filteredOn(a -> a.warnings().contains("record has no title, abstract or text"))
        .singleElement().extracting(a -> a.origin().sourceId()).isEqualTo("journalism_37");
    assertThat(sink.articles()).filteredOn(a -> "ru".equals(a.language())).hasSizeGreaterThan(1_700);
    assertThat(sink.articles()).filteredOn(a -> !a.paragraphs().isEmpty()).hasSizeGreaterThan(2_300);
    assertThat(sink.articles()).filteredOn(a -> a.title() == null)
        .allMatch(a -> !a.warnings().isEmpty());
    assertThat(sink.articles()).filteredOn(a -> a.doi() != null).hasSizeGreaterThan(400);
    assertThat(sink.articles()).filteredOn(a -> a.published() != null)
        .allMatch(a -> a.year() != null && a.year() > 1500);
    assertThat(sink.articles()).extracting(Article::origin).doesNotContainNull();
  }
}
