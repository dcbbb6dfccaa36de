package org.polka.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code polka reindex}: rebuilds the search index from the catalog. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the catalog (the database is the source of truth).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Override
  public Integer call() throws Exception {
    return data.withLibrary("rebuild",
        server -> server.stream("/api/admin/reindex", Map.of(), System.out) ? 0 : 1,
        library -> {
          long started = System.nanoTime();
          long n = library.reindex(System.out::println);
          System.out.printf("reindexed %d articles in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
          return 0;
        });
  }
}
