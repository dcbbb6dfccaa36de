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

    assertThat(sink.records).hasSize(3_398);
    assertThat(sink.problems).as("the one record with no title, abstract or text")
        .containsExactly(new CollectingSink.Problem("records.jsonl.gz line 1405",
            "record has no title (and no abstract or text)"));
    assertThat(sink.articles()).filteredOn(a -> a.title() == null).hasSize(189);
    assertThat(sink.articles()).filteredOn(a -> "ru".equals(a.language())).hasSizeGreaterThan(1_700);
    assertThat(sink.articles()).filteredOn(a -> !a.paragraphs().isEmpty()).hasSizeGreaterThan(2_300);
    assertThat(sink.articles()).filteredOn(a -> a.title() == null)
        .allMatch(a -> a.warnings().contains("record has no title"));
    assertThat(sink.articles()).filteredOn(a -> a.doi() != null).hasSizeGreaterThan(400);
    assertThat(sink.articles()).filteredOn(a -> a.published() != null)
        .allMatch(a -> a.year() != null && a.year() > 1500);
    assertThat(sink.articles()).extracting(Article::origin).doesNotContainNull();
  }
}
