package org.polka.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expected record counts behind an ingest's ETA. */
class IngestProgressTest {
  @TempDir
  Path dir;

  private Path jsonlGz(String name, int records) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < records; i++) {
        out.write("{\"id\":\"%d\",\"title\":\"Record %d about %s\"}\n"
            .formatted(i, i, Integer.toHexString(i * 31))
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }

  @Test
  void aSmallFileIsCountedExactly() throws IOException {
    assertThat(IngestProgress.expectedRecords(jsonlGz("small.jsonl.gz", 1234))).isEqualTo(1234);
    Path plain = Files.writeString(dir.resolve("two.jsonl"), "{}\n{}\n");
    assertThat(IngestProgress.expectedRecords(plain)).isEqualTo(2);
    assertThat(IngestProgress.expectedRecords(Files.writeString(dir.resolve("a.pdf"), "x"))).isEqualTo(1);
  }

  @Test
  void aLargeFileIsEstimatedFromItsFirstBytes() throws IOException {
    Path file = jsonlGz("large.jsonl.gz", 600_000);
    // the sample (a third of the file) is large next to the decompressor's 64 KiB read-ahead
    long estimate = IngestProgress.expectedRecords(file, Files.size(file) / 3);
    assertThat(estimate).isBetween(510_000L, 690_000L).isNotEqualTo(600_000L);
  }
}
