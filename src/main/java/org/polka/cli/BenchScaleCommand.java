package org.polka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.polka.Library;
import org.polka.bench.ScaleBench;
import org.polka.bench.SelectionBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polka bench scale}: bulk load, full index rebuild, serving heap and search latency (HTTP
 * API next to the Lucene floor) on a large library.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
    description = "Load corpus files into the catalog, rebuild the index from it, then time a mixed "
        + "search workload over HTTP and directly on Lucene (the floor), with 1 and 50 clients, "
        + "then similar articles and reading lists.")
final class BenchScaleCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Corpus files to load (none: use the library as it is).")
  List<Path> files = List.of();

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data folder.")
  Path data;

  @Option(names = "--no-reindex", description = "Skip the index rebuild (search the index as it is).")
  boolean noReindex;

  @Option(names = "--queries", defaultValue = "2000",
      description = "Searches per run (default 2000; 0: no search runs, e.g. only load and rebuild).")
  int queries;

  @Option(names = "--clients", split = ",", defaultValue = "1,50",
      description = "Concurrent clients of each run (default 1,50).")
  List<Integer> clients;

  @Option(names = "--selections", defaultValue = "300",
      description = "Similar-articles requests and 20-item reading lists timed after the searches "
          + "(default 300 of each; 0: none).")
  int selections;

  @Option(names = "--seed", defaultValue = "42", description = "Workload seed (default 42).")
  long seed;

  @Override
  public Integer call() throws Exception {
    System.out.printf("bench scale: %d processors, max heap %.0f MiB%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576.0);
    try (Library library = Library.open(data)) {
      if (!files.isEmpty()) {
        ScaleBench.load(library, files, System.out::println);
      }
      if (!noReindex) {
        ScaleBench.rebuild(library, System.out::println);
      }
      if (queries > 0) {
        new ScaleBench(queries, clients, seed).search(library, System.out::println);
      }
      if (selections > 0) {
        new SelectionBench(selections, seed).run(library, System.out::println);
      }
    }
    return 0;
  }
}
