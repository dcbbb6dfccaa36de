package org.polka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.polka.ingest.pdf.PdfBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code polka bench pdf} command: the layout reader's speed beside PDFBox's plain text stripper. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
    description = "Time the layout-aware PDF reader and PDFBox's PDFTextStripper on the same PDFs.")
final class PdfBenchCommand implements Callable<Integer> {
  @Parameters(arity = "1", paramLabel = "DIR", description = "Folder of PDF files.")
  Path dir;

  @Option(names = "--threads", description = "Files read at once (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--rounds", description = "Timed passes over the files (default: 3).")
  int rounds = 3;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(dir)) {
      pdfs = files.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
    }
    if (pdfs.isEmpty()) {
      System.err.println("no PDF files in " + dir);
      return 1;
    }
    new PdfBench(pdfs, threads).run(rounds, System.out);
    return 0;
  }
}
