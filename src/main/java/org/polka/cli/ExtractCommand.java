package org.polka.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.article.ArticleJson;
import org.polka.ingest.Extractor;
import org.polka.ingest.CollectingSink;
import org.polka.ingest.ReadOptions;
import org.polka.ingest.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polka extract}: prints structured records as JSON without storing anything. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Print the structured record of each file as JSON (article.schema.json), "
        + "storing nothing.", "A file with several records (JSONL) gives a JSON array."})
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write one NAME.json per input file into DIR instead of printing.")
  Path out;

  @Option(names = "--split-issue", description = "Read every PDF as a whole journal issue: one "
      + "record per article (without it a PDF is split only when it plainly holds several).")
  boolean splitIssue;

  @Override
  public Integer call() throws Exception {
    int failures = 0;
    if (out != null) {
      Files.createDirectories(out);
    }
    try (Extractor extractor = new Extractor(Readers.all(), Library.DOCUMENT_TIME_LIMIT)) {
      for (Path file : files) {
        CollectingSink sink = new CollectingSink();
        extractor.extract(file, new ReadOptions(splitIssue), sink);
        List<Article> records = sink.articles();
        List<String> problems = sink.problemLines();
        problems.forEach(p -> System.err.println("failed: " + p));
        failures += problems.size();
        if (!records.isEmpty()) {
          emit(file, records);
        }
      }
    }
    return failures == 0 ? 0 : 2;
  }

  private void emit(Path file, List<Article> records) throws java.io.IOException {
    var mapper = ArticleJson.mapper().writerWithDefaultPrettyPrinter();
    Object value = records.size() == 1 ? ArticleJson.toTree(records.get(0))
        : records.stream().map(ArticleJson::toTree).toList();
    String json = mapper.writeValueAsString(value);
    if (out == null) {
      System.out.println(json);
      return;
    }
    String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".json";
    Files.writeString(out.resolve(name), json + "\n", StandardCharsets.UTF_8);
    System.out.println(file + " -> " + out.resolve(name));
  }
}
