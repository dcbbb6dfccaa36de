package org.polka.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file with the reader that takes it, within a time limit per document.
 *
 * <p>The reader is chosen from the file's first bytes (gzip undone) and name. Single-document
 * formats get the time limit; a reader that overruns is abandoned and the file reported as failed,
 * with nothing it produced delivered. Multi-record formats (JSONL) stream without a limit.
 */
public final class Extractor implements AutoCloseable {
  private static final int HEAD_BYTES = 8192;

  private final List<ArticleReader> readers;
  private final Duration limit;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "polka-reader");
    t.setDaemon(true);
    return t;
  });

  public Extractor(List<ArticleReader> readers, Duration perDocumentLimit) {
    this.readers = List.copyOf(readers);
    this.limit = perDocumentLimit;
  }

  /** The reader that takes this file, if any. */
  public Optional<ArticleReader> readerFor(Path file) throws IOException {
    byte[] head = head(file);
    return readers.stream().filter(r -> r.accepts(file, head)).findFirst();
  }

  /**
   * Reads the file into the sink. Unreadable, unsupported, empty or overrunning files become one
   * problem at the file's location; the method itself never throws for bad input.
   */
  public void extract(Path file, ReadSink sink) {
    extract(file, ReadOptions.DEFAULT, sink);
  }

  /** Reads the file into the sink as {@link #extract(Path, ReadSink)} does, with these options. */
  public void extract(Path file, ReadOptions options, ReadSink sink) {
    String where = file.getFileName().toString();
    try {
      if (Files.size(file) == 0) {
        sink.problem(where, "empty file");
        return;
      }
      Optional<ArticleReader> reader = readerFor(file);
      if (reader.isEmpty()) {
        sink.problem(where, "unsupported format (expected PDF, JATS XML, CyberLeninka page text "
            + "or JSONL records)");
        return;
      }
      if (reader.get().format().equals("jsonl")) {
        reader.get().read(file, options, sink);
      } else {
        readWithLimit(reader.get(), file, options, sink);
      }
    } catch (IOException e) {
      sink.problem(where, "cannot read file: " + e.getMessage());
    } catch (RuntimeException e) {
      sink.problem(where, "reader failed: " + e);
    }
  }

  private void readWithLimit(ArticleReader reader, Path file, ReadOptions options, ReadSink sink)
      throws IOException {
    Buffered buffered = new Buffered();
    Future<?> job = workers.submit(() -> {
      reader.read(file, options, buffered);
      return null;
    });
    String where = file.getFileName().toString();
    try {
      job.get(limit.toMillis(), TimeUnit.MILLISECONDS);
      buffered.replayTo(sink);
    } catch (TimeoutException e) {
      job.cancel(true);
      sink.problem(where, "gave up after " + limit.toSeconds() + " s (per-document time limit)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      sink.problem(where, "reader failed: " + cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.problem(where, "interrupted");
    }
  }

  /** The first bytes of a file, gunzipped when the file is gzip. */
  static byte[] head(Path file) throws IOException {
    byte[] raw;
    try (InputStream in = Files.newInputStream(file)) {
      raw = in.readNBytes(HEAD_BYTES);
    }
    if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return in.readNBytes(HEAD_BYTES);
      } catch (IOException e) {
        return new byte[0];
      }
    }
    return raw;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** Holds what a time-limited reader produced until it finished in time. */
  private static final class Buffered implements ReadSink {
    private final List<Runnable> events = new java.util.ArrayList<>();
    private ReadSink target;

    @Override
    public synchronized void record(org.polka.article.Article article, String location) {
      events.add(() -> target.record(article, location));
    }

    @Override
    public synchronized void problem(String location, String reason) {
      events.add(() -> target.problem(location, reason));
    }

    synchronized void replayTo(ReadSink sink) {
      target = sink;
      events.forEach(Runnable::run);
    }
  }
}
