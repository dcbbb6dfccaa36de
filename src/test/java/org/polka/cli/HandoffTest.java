package org.polka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.web.WebServer;

/** Commands on a folder a server holds hand their work to that server over HTTP. */
class HandoffTest {
  @TempDir
  Path dir;

  @Test
  void ingestWhileServingGoesThroughTheRunningServer() throws Exception {
    Path data = dir.resolve("data");
    Path input = Files.writeString(dir.resolve("two.jsonl"), """
        {"source":"test","id":"1","title":"Handed over","language":"en","abstract":"One."}
        {"source":"test","id":"2","title":"Also handed over","language":"en","abstract":"Two."}
        """);
    try (DataLock lock = DataLock.tryTake(data).orElseThrow(); Library library = Library.open(data)) {
      WebServer server = new WebServer(library);
      lock.announceServer(server.start(0));
      PrintStream saved = System.out;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      int code;
      try {
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        code = Main.run("ingest", "--data", data.toString(), input.toString())
            + Main.run("reindex", "--data", data.toString());
      } finally {
        System.setOut(saved);
        server.stop();
      }
      assertThat(code).isZero();
      assertThat(captured.toString(StandardCharsets.UTF_8))
          .contains("handing the ingest to it").contains("added 2, updated 0, unchanged 0, failed 0")
          .contains("handing the rebuild to it").contains("reindexed 2 articles");
      assertThat(library.catalog().findBySource("test", "2")).isPresent();
      assertThat(library.index().size()).isEqualTo(2);
    }
  }

  @Test
  void aSecondServerOnTheSameFolderIsRefusedClearly() throws Exception {
    Path data = dir.resolve("data");
    try (DataLock lock = DataLock.tryTake(data).orElseThrow()) {
      assertThat(DataLock.tryTake(data)).isEmpty();
    }
    try (DataLock again = DataLock.tryTake(data).orElseThrow()) {
      assertThat(again).isNotNull();
    }
  }
}
