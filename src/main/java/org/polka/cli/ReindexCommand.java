package org.polka.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
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
    Optional<DataLock> lock = DataLock.tryTake(dir);
    if (lock.isEmpty()) {
      Optional<Integer> port = DataLock.serverPort(dir);
      if (port.isPresent()) {
        System.out.println("Handing the rebuild to the server on port " + port.get() + ".");
        return new ServerClient(port.get()).stream("/api/admin/reindex", Map.of(), System.out) ? 0 : 1;
      }
      lock = Optional.of(DataLock.take(dir));
    }
    try (DataLock held = lock.get(); Library library = Library.open(dir)) {
      long started = System.nanoTime();
      long n = library.reindex(System.out::println);
      System.out.printf("reindexed %d articles in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
      return 0;
    }
  }
}
