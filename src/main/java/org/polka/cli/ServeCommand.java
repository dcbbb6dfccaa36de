package org.polka.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.polka.Library;
import org.polka.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code polka serve}: serves the library on the web. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the library at http://localhost:PORT on embedded storage "
        + "(SQLite + embedded Solr in the data folder).")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Path dir = data.dir();
    Optional<DataLock> lock = DataLock.tryTake(dir);
    if (lock.isEmpty()) {
      System.err.println("Another Polka process is using " + dir
          + DataLock.serverPort(dir).map(p -> " (a server on port " + p + ")").orElse("")
          + ". Stop it first, or choose another folder with --data.");
      return 1;
    }
    Library library = Library.open(dir);
    WebServer server = new WebServer(library);
    int actual = server.start(port);
    lock.get().announceServer(actual);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      library.close();
      try {
        lock.get().close();
      } catch (java.io.IOException ignored) {
        // the lock goes away with the process anyway
      }
      stopped.countDown();
    }));
    long articles = library.catalog().count();
    System.out.printf("Polka serves %d articles at http://localhost:%d (data: %s), started in %.1f s%n",
        articles, actual, dir, (System.nanoTime() - started) / 1e9);
    if (articles == 0) {
      System.out.println("The library is empty. Add articles from another terminal with:"
          + " ./polka ingest PATH...   (PDF, JATS XML, CyberLeninka page text, JSONL)");
    }
    stopped.await();
    return 0;
  }
}
