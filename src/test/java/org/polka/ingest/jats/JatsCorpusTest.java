package org.polka.ingest.jats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.ingest.CollectingSink;

class JatsCorpusTest {
  private final JatsReader reader = new JatsReader();

  @Test
  void readsEveryPlosArticleWithATitle() throws IOException {
    Path plos = SharedData.require("data/extraction/plos-jats");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(plos)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(127);
    CollectingSink sink = new CollectingSink();
    for (Path f : files) {
      reader.read(f, sink);
    }
    assertThat(sink.problems).isEmpty();
    assertThat(sink.records).hasSize(files.size());
    assertThat(sink.articles()).extracting(Article::title).allMatch(t -> t != null && !t.isBlank());
    List<Article> research = sink.articles().stream()
        .filter(a -> !a.references().isEmpty() && a.sections().size() > 3).toList();
    assertThat(research).hasSizeGreaterThan(90);
    assertThat(research).extracting(Article::doi).allMatch(d -> d.startsWith("10.1371/"));
    assertThat(research).extracting(a -> a.authors().size()).allMatch(n -> n > 0);
    assertThat(research).extracting(Article::published)
        .allMatch(d -> d.matches("\\d{4}(-\\d\\d(-\\d\\d)?)?"));
    assertThat(research).filteredOn(a -> a.license() == null).extracting(a -> a.source().file())
        .as("only WHO's own open-access statement names no licence")
        .containsOnly("journal.pmed.1001080.xml");
    assertThat(research).filteredOn(a -> !a.abstracts().isEmpty()).hasSizeGreaterThan(70);
  }

  @Test
  void readsTheCompleteElifeArticle() throws IOException {
    Path elife = SharedData.require("data/extraction/elife-jats/elife-00666.xml");
    CollectingSink sink = new CollectingSink();
    reader.read(elife, sink);
    assertThat(sink.problems).isEmpty();
    Article a = sink.articles().getFirst();
    assertThat(a.title()).isNotBlank();
    assertThat(a.doi()).startsWith("10.7554/eLife.00666");
    assertThat(a.authors()).isNotEmpty();
    assertThat(a.references()).isNotEmpty();
    assertThat(a.references()).anySatisfy(r -> assertThat(r.authors()).isNotEmpty());
    assertThat(a.sections()).isNotEmpty();
  }
}
