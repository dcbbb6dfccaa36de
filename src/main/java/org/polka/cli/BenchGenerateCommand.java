package org.polka.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polka.bench.CorpusFiles;
import org.polka.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code polka bench generate}: a benchmark corpus of N records recombined from the real corpus. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write N realistic records (recombined from a real corpus) as JSON Lines, for benchmarks only.")
final class BenchGenerateCommand implements Callable<Integer> {
  @Option(names = "--records", defaultValue = "1000000", description = "How many records (default 1,000,000).")
  long records;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Output file (.jsonl, or .jsonl.gz to compress); keep it out of the repository.")
  Path out;

  @Option(names = "--from", paramLabel = "FILE", defaultValue = "../shared/data/corpus/records.jsonl.gz",
      description = "Source corpus (default ../shared/data/corpus/records.jsonl.gz).")
  Path from;

  @Option(names = "--seed", defaultValue = "20261129", description = "Seed (default 20261129).")
  long seed;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    var generator = new CorpusGenerator(CorpusGenerator.readSources(from), seed);
    long bytes = CorpusFiles.write(generator, records, out, System.err::println);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("generated %,d records into %s (%.1f MiB) in %.1f s%n", records, out,
        bytes / 1048576.0, s);
    return 0;
  }
}
