package org.polka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's handling of failures: a clear line, no stack trace, exit code 1. */
class MainTest {
  @TempDir
  Path dir;

  @Test
  void aMissingInputFileIsNamedWithoutAStackTrace() {
    Path missing = dir.resolve("no-such-corpus.jsonl.gz");
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = Main.run("bench", "generate", "--records", "5", "--out", dir.resolve("out.jsonl").toString(),
          "--from", missing.toString());
    } finally {
      System.setErr(saved);
    }
    String said = err.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(1);
    assertThat(said).contains("polka generate: no such file or folder: " + missing)
        .doesNotContain("\tat org.polka");
  }
}
