package org.polka.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.polka.Library;
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
    Path dir = data.dir();
    DataLock.Claim claim = DataLock.claim(dir, System.out);
    if (claim.lock() == null) {
      System.out.println("Handing the rebuild to the server on port " + claim.serverPort() + ".");
      return new ServerClient(claim.serverPort()).stream("/api/admin/reindex", Map.of(), System.out)
          ? 0 : 1;
    }
    try (DataLock held = claim.lock(); Library library = Library.open(dir)) {
      long started = System.nanoTime();
      long n = library.reindex(System.out::println);
      System.out.printf("reindexed %d articles in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
      return 0;
    }
  }
}
