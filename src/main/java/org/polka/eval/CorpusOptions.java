package org.polka.eval;

import java.nio.file.Path;
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
}
