package org.polka.eval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.eval.CorpusOptions;

/**
 * The evaluation end to end on every fourth record of the shared corpus: both languages get judged
 * queries and every metric is a proper fraction in both systems. (Which system wins is a result the
 * command reports, not something a test asserts.)
 */
class SearchEvalCorpusTest {
  @TempDir
  Path dir;

  @Test
  void metricsAreComputedForBothLanguages() throws Exception {
    Path corpus = SharedData.require("data/corpus/records.jsonl.gz");
    Path subset = everyFourthLine(corpus, dir.resolve("subset.jsonl"));
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    SearchEvalCommand command = new SearchEvalCommand();
    new CommandLine(command).parseArgs("--corpus", subset.toString());
    List<Article> records = CorpusOptions.read(subset, quiet);
    List<JudgedQuery> queries = new QuerySets(1, 40, 20).build(records);

    List<Evaluation.Row> rows =
        Evaluation.rows(command.evaluate(dir.resolve("data"), records, queries, quiet));

    assertThat(rows).extracting(Evaluation.Row::group)
        .contains("known-item ru", "known-item en", "all ru", "all en", "overall");
    for (Evaluation.Row row : rows) {
      assertThat(row.polka().queries()).isPositive().isEqualTo(row.baseline().queries());
      assertThat(row.polka().values()).as(row.group()).allMatch(v -> v >= 0 && v <= 1);
      assertThat(row.baseline().values()).as(row.group()).allMatch(v -> v >= 0 && v <= 1);
    }
    Evaluation.Row overall = rows.get(rows.size() - 1);
    assertThat(overall.polka().queries()).isEqualTo(queries.size());
    assertThat(overall.polka().success10() + overall.baseline().success10())
        .as("known items are found at all").isPositive();
  }

  private static Path everyFourthLine(Path gz, Path target) throws Exception {
    List<String> kept = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      String line;
      for (int i = 0; (line = in.readLine()) != null; i++) {
        if (i % 4 == 0) {
          kept.add(line);
        }
      }
    }
    return Files.write(target, kept, StandardCharsets.UTF_8);
  }
}
