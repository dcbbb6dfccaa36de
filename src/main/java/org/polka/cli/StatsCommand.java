package org.polka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.polka.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code polka stats}: prints what the library holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print counts: articles by source, language and discipline, and the size on disk.")
final class StatsCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Override
  public Integer call() throws IOException {
    Path dir = data.dir();
    if (!Files.exists(dir.resolve("catalog.db"))) {
      System.out.println("No library at " + dir + " yet. Add articles with: ./polka ingest PATH...");
      return 0;
    }
    try (Catalog catalog = Catalog.openSqlite(dir.resolve("catalog.db"))) {
      System.out.println("data folder: " + dir);
      System.out.println("articles:    " + catalog.count());
      print("by source", catalog.countBy("source"), 20);
      print("by language", catalog.countBy("language"), 10);
      print("by discipline", catalog.countBy("discipline"), 15);
    }
    System.out.printf("catalog size: %.1f MiB, index size: %.1f MiB, files: %.1f MiB%n",
        mib(dir.resolve("catalog.db")), mib(dir.resolve("index")), mib(dir.resolve("files")));
    return 0;
  }

  private static void print(String heading, Map<String, Long> counts, int limit) {
    System.out.println(heading + ":");
    counts.entrySet().stream().limit(limit)
        .forEach(e -> System.out.printf("  %8d  %s%n", e.getValue(), e.getKey()));
    if (counts.size() > limit) {
      System.out.printf("  ... and %d more%n", counts.size() - limit);
    }
  }

  /** Size in MiB of a file or of all files under a folder (0 when absent). */
  static double mib(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1048576.0;
    }
  }
}
