package org.polka.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.ingest.CollectingSink;
import org.polka.ingest.jsonl.JsonlReader;
import picocli.CommandLine.Option;

/**
 * The options the corpus evaluations share ({@code eval search}, {@code eval select}): the corpus
 * file, the library folder to evaluate and the seed of the judged queries or cases.
 */
public final class CorpusOptions {
  @Option(names = "--corpus", paramLabel = "FILE",
      description = "Corpus records, JSONL (gzip allowed) (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("../shared/data/corpus/records.jsonl.gz");

  @Option(names = "--data", paramLabel = "DIR",
      description = "Library folder to evaluate; the corpus is ingested into it unless it already "
          + "holds every record (default: a temporary folder, removed afterwards).")
  Path data;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed of the judged queries or cases (default: ${DEFAULT-VALUE}).")
  long seed = 20261129L;

  /** The corpus file. */
  public Path corpus() {
    return corpus;
  }

  /** The library folder given, or null for a temporary one. */
  public Path data() {
    return data;
  }

  /** The seed of the judged queries or cases. */
  public long seed() {
    return seed;
  }

  /** The corpus records as the JSONL reader reads them; unreadable lines are counted and told. */
  public List<Article> readCorpus(PrintStream log) throws IOException {
    return read(corpus, log);
  }

  /** The records of a corpus file as the JSONL reader reads them; unreadable lines are told. */
  public static List<Article> read(Path file, PrintStream log) throws IOException {
    CollectingSink sink = new CollectingSink();
    new JsonlReader().read(file, sink);
    List<String> problems = sink.problemLines();
    log.printf("Corpus %s: %d records, %d unreadable.%n", file, sink.articles().size(),
        problems.size());
    problems.stream().limit(5).forEach(p -> log.println("  " + p));
    return sink.articles();
  }

  /**
   * Ingests the corpus into the library unless the library already holds every record that has a
   * source id (so a library kept with {@code --data} is evaluated as it is).
   */
  public void ingestUnlessHeld(Library library, List<Article> records, PrintStream log) {
    boolean held = records.stream().map(Article::origin)
        .filter(o -> o != null && o.sourceId() != null)
        .allMatch(o -> library.catalog().findBySource(o.source(), o.sourceId()).isPresent());
    if (held) {
      log.println("The library in " + library.dataDir() + " already holds the corpus; not ingesting.");
      return;
    }
    log.println("Ingesting " + corpus + " into " + library.dataDir() + " ...");
    log.println(library.ingester().ingest(List.of(corpus), line -> { }).lines().get(0));
  }
}
