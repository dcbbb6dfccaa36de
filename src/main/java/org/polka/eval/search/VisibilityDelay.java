package org.polka.eval.search;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polka.Library;
import org.polka.search.SearchQuery;

/**
 * The delay between ingesting one new record into a library and finding it by search: each probe
 * ingests a one-record JSONL file with a unique word and polls the index until the word is found.
 */
final class VisibilityDelay {
  private static final long POLL_NANOS = 1_000_000;

  private VisibilityDelay() {}

  /** Runs the probes and prints the median and the largest delay, in milliseconds. */
  static void measure(Library library, int probes, PrintStream log) throws IOException {
    Path dir = Files.createTempDirectory("polka-visibility");
    List<Double> delays = new ArrayList<>();
    try {
      for (int i = 0; i < probes; i++) {
        String word = "visibilityprobe" + System.nanoTime();
        Path file = dir.resolve("probe" + i + ".jsonl");
        Files.writeString(file, "{\"source\":\"visibility-probe\",\"id\":\"" + word
            + "\",\"title\":\"" + word + "\",\"language\":\"en\"}\n");
        long start = System.nanoTime();
        library.ingester().ingest(List.of(file), line -> { });
        while (library.index().search(SearchQuery.of(word)).total() == 0) {
          if (System.nanoTime() - start > 10_000_000_000L) {
            throw new IllegalStateException("probe " + word + " not searchable after 10 s");
          }
          java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
        }
        delays.add((System.nanoTime() - start) / 1e6);
        Files.delete(file);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
    List<Double> sorted = delays.stream().sorted().toList();
    log.printf("Visibility: %d one-record ingests, ingest start to searchable: median %.1f ms, "
        + "max %.1f ms (the probe records stay in the library, source \"visibility-probe\").%n",
        probes, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
  }
}
