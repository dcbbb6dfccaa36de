package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record ingested into a running library becomes searchable over HTTP without a hard commit. */
class IncrementalSearchTest {

  @Test
  void anIngestedRecordIsFoundBySearchWithoutAHardCommit(@TempDir Path dir, @TempDir Path input)
      throws IOException, InterruptedException {
    Path file = input.resolve("one.jsonl");
    Files.writeString(file, """
        {"source":"test","id":"inc1","title":"Сейсмичность Камчатки","year":"2022",\
        "abstract":"Землетрясения Камчатки.","language":"ru"}
        """);
    try (WebFixture web = new WebFixture(dir)) {
      Path segments = dir.resolve("index/polka/data/index");
      long committedBefore = committedDocs(segments);
      web.library.ingester().ingest(List.of(file), line -> { });
      JsonNode found = null;
      for (int i = 0; i < 100 && (found == null || found.get("total").asLong() == 0); i++) {
        found = web.json(web.get("/api/search?q=" + "%D0%9A%D0%B0%D0%BC%D1%87%D0%B0%D1%82%D0%BA%D0%B0"),
            200); // "Камчатка"
        Thread.sleep(50);
      }
      assertThat(found.get("total").asLong()).isEqualTo(1);
      assertThat(found.get("hits").get(0).get("title").asText()).isEqualTo("Сейсмичность Камчатки");
      assertThat(committedDocs(segments)).as("documents in the last hard commit")
          .isEqualTo(committedBefore);
    }
  }

  /** Documents in the index's last hard commit on disk (0 when there is none yet). */
  private static long committedDocs(Path segments) throws IOException {
    try (FSDirectory directory = FSDirectory.open(segments)) {
      if (!DirectoryReader.indexExists(directory)) {
        return 0;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs();
      }
    }
  }
}
