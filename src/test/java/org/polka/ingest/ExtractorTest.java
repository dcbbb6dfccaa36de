package org.polka.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Article;

class ExtractorTest {
  @TempDir
  Path dir;

  /** A reader of ".slow" files that never finishes, like a reader stuck on a hostile document. */
  static final class HangingReader implements ArticleReader {
    @Override
    public String format() {
      return "text";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
      return file.toString().endsWith(".slow");
    }

    @Override
    public void read(Path file, ReadSink sink) {
      sink.record(Article.builder().title("partial").build(), "x");
      while (true) {
        Thread.onSpinWait();
        if (Thread.currentThread().isInterrupted()) {
          return;
        }
      }
    }
  }

  /** A reader of files whose (gunzipped) head starts with "TITLE:". */
  static final class TitleReader implements ArticleReader {
    @Override
    public String format() {
      return "text";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
      return new String(head, StandardCharsets.UTF_8).startsWith("TITLE:");
    }

    @Override
    public void read(Path file, ReadSink sink) throws IOException {
      String text = new String(Extractor.head(file), StandardCharsets.UTF_8);
      sink.record(Article.builder().title(text.substring(6).strip()).build(), file.getFileName().toString());
    }
  }

  private final List<String> records = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final ReadSink sink = new ReadSink() {
    @Override
    public void record(Article article, String location) {
      records.add(article.title());
    }

    @Override
    public void problem(String location, String reason) {
      problems.add(location + ": " + reason);
    }
  };

  @Test
  void aReaderThatHangsIsStoppedByTheTimeLimitAndDeliversNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("stuck.slow"), "anything");
    try (Extractor extractor = new Extractor(List.of(new HangingReader()), Duration.ofMillis(300))) {
      extractor.extract(file, sink);
    }
    assertThat(records).isEmpty();
    assertThat(problems).singleElement().asString()
        .startsWith("stuck.slow: gave up after").contains("time limit");
  }

  @Test
  void emptyAndUnsupportedFilesAreReportedNotThrown() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    Path other = Files.writeString(dir.resolve("notes.md"), "# not an article");
    try (Extractor extractor = new Extractor(List.of(new TitleReader()), Duration.ofSeconds(5))) {
      extractor.extract(empty, sink);
      extractor.extract(other, sink);
    }
    assertThat(problems).containsExactly("empty.pdf: empty file",
        "notes.md: unsupported format (expected PDF, JATS XML, CyberLeninka page text or JSONL records)");
  }

  @Test
  void readersSeeTheHeadOfGzipFilesUnpacked() throws IOException {
    Path gz = dir.resolve("a.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("TITLE: Packed".getBytes(StandardCharsets.UTF_8));
    }
    try (Extractor extractor = new Extractor(List.of(new TitleReader()), Duration.ofSeconds(5))) {
      extractor.extract(gz, sink);
    }
    assertThat(problems).isEmpty();
    assertThat(records).containsExactly("Packed");
  }
}
