package org.polka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.polka.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polka ingest}: puts files and folders into the library. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Add articles to the library: PDF, JATS XML, CyberLeninka page text and JSONL "
        + "records (gzip allowed); folders are read recursively.",
        "Prints progress and ends with a report: added, updated, unchanged, failed (with file and "
        + "reason). When a server runs on the same data folder, the work is handed to it."})
final class IngestCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--split-issue", description = "Read every PDF as a whole journal issue: one "
      + "record per article (without it a PDF is split only when it plainly holds several).")
  boolean splitIssue;

  @Override
  public Integer call() throws Exception {
    return data.withLibrary("ingest",
        server -> server.ingest(paths, splitIssue, System.out) ? 0 : 1,
        library -> {
          IngestReport report = library.ingester().ingest(paths, splitIssue, System.out::println);
          report.lines().stream().limit(1).forEach(System.out::println);
          return report.failures().isEmpty() ? 0 : 2;
        });
  }
}
