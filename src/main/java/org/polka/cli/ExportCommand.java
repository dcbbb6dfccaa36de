package org.polka.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polka.catalog.Catalog;
import org.polka.cite.Citations;
import org.polka.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code polka export}: the whole catalog as JSONL, JATS or CSL-JSON, to a file or standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export every article (id order) as jsonl, jats or csl-json.")
final class ExportCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, jats or csl-json (default jsonl).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--cursor", description = "Resume after the position this cursor (from the API) names.")
  String cursor;

  @Override
  public Integer call() throws Exception {
    Exporter.Format f = Exporter.Format.of(format);
    Path db = data.dir().resolve("catalog.db");
    if (!Files.exists(db)) {
      System.err.println("No library at " + data.dir() + ". Add articles with: ./polka ingest PATH...");
      return 1;
    }
    try (Catalog catalog = Catalog.openSqlite(db);
        Writer w = out == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      long n = new Exporter(catalog, new Citations()).writeAll(f, cursor, w);
      w.flush();
      if (out != null) {
        System.err.println("exported " + n + " articles to " + out);
      }
    }
    return 0;
  }
}
