package org.polka.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.ingest.CollectingSink;

class JsonlCorpusTest {
  private static CollectingSink sink;

  @BeforeAll
  static void readCorpus() throws IOException {
    Path corpus = SharedData.require("data/corpus/records.jsonl.gz");
    sink = new CollectingSink();
    new JsonlReader().read(corpus, sink);
  }

  @Test
  void readsTheWholeCorpus() {

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

  /**
   * The raw corpus has about 2,200 "сло- во" splits in its full texts; the repairs leave under a
   * quarter (442 when written).
   */
  @Test
  void repairsTheCorpusTexts() {
    Pattern split = Pattern.compile("\\p{Ll}- \\p{Ll}");
    long left = sink.articles().stream().flatMap(a -> a.paragraphs().stream())
        .mapToLong(p -> split.matcher(p).results().count()).sum();
    assertThat(left).isLessThan(550);
    assertThat(sink.articles()).flatMap(Article::paragraphs)
        .noneMatch(p -> p.contains("Попробуйте сервис подбора литературы"));
    assertThat(sink.articles()).filteredOn(a -> a.paragraphs().stream().anyMatch(
            p -> p.startsWith("Trudy ISP RAN [The Proceedings of ISP RAS]")))
        .isEmpty();
  }
}
