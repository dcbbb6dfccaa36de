package org.polka.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Progress of an ingest run as lines for a person: files and records done, rate, ETA.
 *
 * <p>The ETA comes from bytes: input files differ too much in records per file to estimate from
 * counts. Lines are emitted at most once a second, plus one per failure and one at the end.
 */
final class IngestProgress {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final Consumer<String> out;
  private long started;
  private long lastLine;
  private int filesTotal;
  private int filesDone;
  private long bytesTotal;
  private long bytesDone;
  private long records;

  IngestProgress(Consumer<String> out) {
    this.out = out;
  }

  void start(List<Path> files) {
    started = System.nanoTime();
    lastLine = started;
    filesTotal = files.size();
    bytesTotal = files.stream().mapToLong(IngestProgress::size).sum();
    out.accept("ingest: %d file(s), %s".formatted(filesTotal, human(bytesTotal)));
  }

  void records(int n) {
    records += n;
    maybeReport();
  }

  void fileDone(Path file) {
    filesDone++;
    bytesDone += size(file);
    maybeReport();
  }

  void failed(String location, String reason) {
    out.accept("  failed: " + location + ": " + reason);
  }

  void finish() {
    out.accept(line());
  }

  private void maybeReport() {
    long now = System.nanoTime();
    if (now - lastLine >= INTERVAL_NANOS) {
      lastLine = now;
      out.accept(line());
    }
  }

  private String line() {
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    String eta = "";
    if (bytesDone > 0 && bytesDone < bytesTotal) {
      eta = ", ETA %.0f s".formatted(seconds * (bytesTotal - bytesDone) / bytesDone);
    }
    return "ingest: %d/%d files, %d records, %.0f records/s, %.1f s%s".formatted(
        filesDone, filesTotal, records, records / seconds, seconds, eta);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static String human(long bytes) {
    return bytes < 1 << 20 ? "%.1f KiB".formatted(bytes / 1024.0)
        : "%.1f MiB".formatted(bytes / (1024.0 * 1024));
  }
}
