package org.polka.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** The writing of generated corpora: JSON Lines, gzip-compressed (fastest level) when the name ends in .gz. */
public final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * Writes records {@code 0 … n-1} of the generator to the file, reporting progress lines about
   * every 10,000 records; returns the bytes written.
   */
  public static long write(CorpusGenerator generator, long n, Path out, Consumer<String> progress)
      throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, out.getFileName().toString(), ".tmp");
    ObjectMapper json = new ObjectMapper();
    long t0 = System.nanoTime();
    try (OutputStream raw = Files.newOutputStream(tmp);
        OutputStream body = out.getFileName().toString().endsWith(".gz") ? new FastGzip(raw) : raw;
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8),
            1 << 16)) {
      long[] done = {0};
      generator.generate(n, record -> {
        try {
          w.write(json.writeValueAsString(record));
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (++done[0] % 10_000 == 0) {
          double s = (System.nanoTime() - t0) / 1e9;
          progress.accept("generate: %,d/%,d records, %.0f records/s".formatted(done[0], n, done[0] / s));
        }
      });
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e.getCause();
    }
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return Files.size(out);
  }

  /** Gzip at the fastest level: generated corpora are large and read once or twice. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
