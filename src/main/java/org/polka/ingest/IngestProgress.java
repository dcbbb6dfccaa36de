package org.polka.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Progress of an ingest run as lines for a person: files and records done, rate, ETA.
 *
 * <p>The ETA comes from the expected number of records: one per document file, one per line of a
 * JSON Lines file (counted before the run starts; a large file's count is extrapolated from its
 * first 32 MiB).
 * Lines are emitted at most once a second, plus one per failure and one at the end.
 */
final class IngestProgress {
  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final Consumer<String> out;
  private long started;
  private long lastLine;
  private int filesTotal;
  private int filesDone;
  private long expected;
  private long records;
  private long failures;

  IngestProgress(Consumer<String> out) {
    this.out = out;
  }

  void start(List<Path> files) {
    started = System.nanoTime();
    lastLine = started;
    filesTotal = files.size();
    expected = files.stream().mapToLong(IngestProgress::expectedRecords).sum();
    out.accept("ingest: %d file(s), %s, about %d records".formatted(filesTotal,
        human(files.stream().mapToLong(IngestProgress::size).sum()), expected));
  }

  void records(int n) {
    records += n;
    maybeReport();
  }

  void fileDone(Path file) {
    filesDone++;
    maybeReport();
  }

  void failed(String location, String reason) {
    failures++;
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
    long processed = records + failures;
    if (processed > 0 && processed < expected) {
      eta = ", ETA %.0f s".formatted(seconds * (expected - processed) / processed);
    }
    return "ingest: %d/%d files, %d records, %.0f records/s, %.1f s%s".formatted(
        filesDone, filesTotal, records, records / seconds, seconds, eta);
  }

  /**
   * One record per document file; for a JSON Lines file its line count, exact for files up to
   * {@link #SAMPLED_BYTES} and extrapolated from that many (compressed) bytes for larger ones: a
   * million-record file would otherwise be decompressed twice, once only to be counted.
   */
  static long expectedRecords(Path file) {
    return expectedRecords(file, SAMPLED_BYTES);
  }

  static long expectedRecords(Path file, long sampledBytes) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.matches(".*\\.(jsonl|ndjson)(\\.gz)?")) {
      return 1;
    }
    try (CountingStream raw = new CountingStream(Files.newInputStream(file));
        InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      byte[] buffer = new byte[1 << 16];
      long lines = 0;
      for (int n; raw.count < sampledBytes && (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
      boolean whole = in.read() < 0;
      long estimate = whole ? lines : Math.round((double) lines * Files.size(file) / raw.count);
      return Math.max(1, estimate);
    } catch (IOException e) {
      return 1;
    }
  }

  /** How many bytes of a file are read to count its lines, at most. */
  static final long SAMPLED_BYTES = 32L << 20;

  /** A stream that counts the bytes read through it. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
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
