package org.polka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.ingest.CollectingSink;
import org.polka.ingest.jsonl.JsonlReader;

class CorpusGeneratorTest {
  @TempDir Path dir;

  @Test
  void sameSeedSameRecordsOtherSeedOtherRecords() {
    List<String> a = generate(new CorpusGenerator(Sources.records(), 7), 50);
    List<String> b = generate(new CorpusGenerator(Sources.records(), 7), 50);
    List<String> c = generate(new CorpusGenerator(Sources.records(), 8), 50);
    assertThat(a).isEqualTo(b);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void aRecordDependsOnlyOnItsNumber() {
    CorpusGenerator g = new CorpusGenerator(Sources.records(), 7);
    List<String> all = generate(g, 30);
    assertThat(new CorpusGenerator(Sources.records(), 7).record(23).toString()).isEqualTo(all.get(23));
  }

  @Test
  void eachRoundUsesEverySourceOnceSoLanguagesKeepTheirProportions() {
    List<ObjectNode> out = new ArrayList<>();
    new CorpusGenerator(Sources.records(), 3).generate(100, out::add);
    Map<String, Long> languages = out.stream()
        .collect(Collectors.groupingBy(r -> r.get("language").asText(), Collectors.counting()));
    assertThat(languages).containsEntry("ru", 60L).containsEntry("en", 40L);
    Map<String, Long> templates = out.stream().collect(Collectors.groupingBy(
        r -> r.get("id").asText().replaceFirst("~g\\d+$", ""), Collectors.counting()));
    assertThat(templates).hasSize(10).allSatisfy((id, n) -> assertThat(n).isEqualTo(10L));
  }

  @Test
  void recordsAreValidCorpusRecordsMadeOfRealPieces() throws IOException {
    Path file = dir.resolve("gen.jsonl.gz");
    CorpusFiles.write(new CorpusGenerator(Sources.records(), 11), 200, file, line -> { });
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(file, sink);

    assertThat(sink.problems).isEmpty();
    assertThat(sink.records).hasSize(200);
    Set<String> words = new HashSet<>();
    Set<String> sentences = new HashSet<>();
    for (ObjectNode s : Sources.records()) {
      words.addAll(Arrays.asList(s.get("title").asText().split(" ")));
      sentences.addAll(Arrays.asList(s.get("abstract").asText().split("(?<=[.!?])\\s+")));
    }
    Set<String> ids = new HashSet<>();
    for (Article a : sink.articles()) {
      assertThat(a.title()).isNotBlank();
      assertThat(words).containsAll(Arrays.asList(a.title().split(" ")));
      assertThat(a.language()).isIn("ru", "en");
      assertThat(ids.add(a.origin().source() + "|" + a.origin().sourceId())).isTrue();
      if (a.mainAbstract() != null) {
        assertThat(sentences).containsAll(Arrays.asList(a.mainAbstract().split("(?<=[.!?])\\s+")));
      }
    }
    long withDoi = sink.articles().stream().filter(a -> a.doi() != null).count();
    assertThat(withDoi).isEqualTo(20);
    assertThat(sink.articles().stream().filter(a -> a.doi() != null).map(Article::doi).distinct().count())
        .isEqualTo(withDoi);
  }

  @Test
  void absentFieldsStayAbsentAndPresentOnesStayPresent() {
    List<ObjectNode> sources = Sources.records();
    CorpusGenerator g = new CorpusGenerator(sources, 5);
    for (int i = 0; i < 40; i++) {
      ObjectNode r = g.record(i);
      ObjectNode template = sources.stream()
          .filter(s -> r.get("id").asText().startsWith(s.get("id").asText() + "~")).findFirst().orElseThrow();
      for (String field : List.of("abstract", "fulltext")) {
        assertThat(r.get(field).asText().isEmpty()).as(field).isEqualTo(template.get(field).asText().isEmpty());
      }
      assertThat(r.get("authors").size()).isEqualTo(template.get("authors").size());
      assertThat(r.get("year")).isEqualTo(template.get("year"));
    }
  }

  @Test
  void theSharedCorpusKeepsItsLanguageProportions() throws IOException {
    List<ObjectNode> sources = CorpusGenerator.readSources(SharedData.require("data/corpus/records.jsonl.gz"));
    Map<String, Long> original = sources.stream()
        .collect(Collectors.groupingBy(r -> r.get("language").asText(), Collectors.counting()));
    Map<String, Long> twice = new java.util.HashMap<>();
    new CorpusGenerator(sources, 1).generate(2L * sources.size(),
        r -> twice.merge(r.get("language").asText(), 1L, Long::sum));
    original.forEach((language, n) -> assertThat(twice.get(language)).isEqualTo(2 * n));
  }

  private static List<String> generate(CorpusGenerator g, int n) {
    List<String> out = new ArrayList<>();
    g.generate(n, r -> out.add(r.toString()));
    return out;
  }
}
