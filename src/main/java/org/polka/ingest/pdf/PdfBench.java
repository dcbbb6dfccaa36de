package org.polka.ingest.pdf;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.polka.ingest.CollectingSink;

/**
 * A benchmark of PDF text extraction: the layout-aware reader (the whole record: layout, body,
 * footnotes, repairs) beside PDFBox's plain {@link PDFTextStripper}, over the same files, on the
 * same number of threads, in the same run; after one warm-up pass of each.
 */
public final class PdfBench {
  private final List<Path> files;
  private final int threads;

  public PdfBench(List<Path> files, int threads) {
    this.files = List.copyOf(files);
    this.threads = threads;
  }

  /** Runs the warm-up and {@code rounds} timed passes of each, printing PDFs per second. */
  public void run(int rounds, PrintStream out) throws InterruptedException {
    PdfReader reader = new PdfReader();
    Consumer<Path> layout = f -> {
      try {
        reader.read(f, new CollectingSink());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    Consumer<Path> plain = PdfBench::strip;
    pass(plain);
    pass(layout);
    double plainBest = 0;
    double layoutBest = 0;
    for (int r = 1; r <= rounds; r++) {
      double p = files.size() / pass(plain);
      double l = files.size() / pass(layout);
      out.printf("round %d: PDFTextStripper %.2f PDFs/s, layout reader %.2f PDFs/s%n", r, p, l);
      plainBest = Math.max(plainBest, p);
      layoutBest = Math.max(layoutBest, l);
    }
    out.printf("%d PDFs, %d threads, best of %d: PDFTextStripper %.2f PDFs/s, layout reader "
        + "%.2f PDFs/s (%.2fx the stripper's time)%n", files.size(), threads, rounds, plainBest,
        layoutBest, plainBest / layoutBest);
  }

  private double pass(Consumer<Path> work) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> jobs = files.stream().<Future<?>>map(f -> pool.submit(() -> work.accept(f))).toList();
      for (Future<?> job : jobs) {
        try {
          job.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("benchmark file failed: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void strip(Path file) {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
