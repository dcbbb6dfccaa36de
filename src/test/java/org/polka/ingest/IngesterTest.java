package org.polka.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.search.SearchQuery;

/** The ingest pipeline end to end on real files, a real SQLite catalog and a real Solr index. */
class IngesterTest {
  @TempDir
  Path dir;
  Library library;
  Path input;

  @BeforeEach
  void open() throws IOException {
    library = Library.open(dir.resolve("data"));
    input = Files.createDirectories(dir.resolve("input"));
  }

  @AfterEach
  void close() {
    library.close();
  }

  private static String record(int i) {
    return """
        {"source":"test","id":"%d","title":"Glacier dynamics %d","language":"en",\
        "abstract":"Ice flow in valley glaciers.","fulltext":"First paragraph.\\n\\nSecond."}"""
        .formatted(i, i);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private IngestReport ingest(List<String> progress) {
    return library.ingester().ingest(List.of(input), progress::add);
  }

  @Test
  void badFilesAreReportedOneByOneWhileTheRestIsStored() throws IOException {
    Files.writeString(input.resolve("good.jsonl"), record(1) + "\n" + record(2) + "\n");
    byte[] whole = gzip(record(3) + "\n" + record(4) + "\n" + record(5) + "\n");
    Files.write(input.resolve("truncated.jsonl.gz"), Arrays.copyOf(whole, whole.length - 12));
    Files.write(input.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII));
    Files.createFile(input.resolve("empty.xml"));
    Files.writeString(input.resolve("invalid.xml"), "<?xml version=\"1.0\"?>\n<article><front></article>");

    List<String> progress = new ArrayList<>();
    IngestReport report = ingest(progress);

    assertThat(report.failures()).extracting(IngestReport.Failure::location)
        .anySatisfy(l -> assertThat(l).endsWith("truncated.jsonl.gz line 1"))
        .anySatisfy(l -> assertThat(l).endsWith("corrupt.pdf"))
        .anySatisfy(l -> assertThat(l).endsWith("empty.xml"))
        .anySatisfy(l -> assertThat(l).endsWith("invalid.xml"))
        .hasSize(4);
    assertThat(report.failures()).extracting(IngestReport.Failure::reason)
        .anySatisfy(r -> assertThat(r).contains("truncated"))
        .anySatisfy(r -> assertThat(r).contains("not a readable PDF"))
        .anySatisfy(r -> assertThat(r).isEqualTo("empty file"))
        .anySatisfy(r -> assertThat(r).contains("invalid XML at line 2"));
    assertThat(report.added()).isEqualTo(2);
    assertThat(library.catalog().count()).isEqualTo(2);
    assertThat(library.index().search(SearchQuery.of("glacier")).total()).isEqualTo(2);
    assertThat(progress).first().asString().startsWith("ingest: 5 file(s)");
    assertThat(progress).last().asString().contains("5/5 files, 2 records");
  }

  @Test
  void ingestingTheSameInputTwiceAddsNothing() throws IOException {
    Files.writeString(input.resolve("a.jsonl"), record(1) + "\n" + record(2) + "\n");
    Files.write(input.resolve("b.jsonl.gz"), gzip(record(3) + "\n"));
    assertThat(ingest(new ArrayList<>()).added()).isEqualTo(3);

    IngestReport again = ingest(new ArrayList<>());
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.added() + again.updated()).isZero();
    assertThat(library.catalog().count()).isEqualTo(3);
  }

  @Test
  void aChangedRecordIsAnUpdateAndIsReindexed() throws IOException {
    Path file = Files.writeString(input.resolve("a.jsonl"), record(1) + "\n");
    ingest(new ArrayList<>());
    Files.writeString(file, record(1).replace("Glacier dynamics", "Permafrost thaw") + "\n");
    IngestReport report = ingest(new ArrayList<>());
    assertThat(report.updated()).isEqualTo(1);
    assertThat(library.index().search(SearchQuery.of("permafrost")).total()).isEqualTo(1);
    assertThat(library.index().search(SearchQuery.of("glacier dynamics")).total()).isZero();
  }

  @Test
  void rebuildsLeaveOneDocumentPerArticle() throws IOException {
    Files.writeString(input.resolve("a.jsonl"), record(1) + "\n" + record(2) + "\n" + record(3) + "\n");
    ingest(new ArrayList<>());
    // a rebuild adds into the emptied index without replacing by id: twice in a row must not double
    assertThat(library.reindex(line -> { })).isEqualTo(3);
    assertThat(library.reindex(line -> { })).isEqualTo(3);
    assertThat(library.index().size()).isEqualTo(3);
    assertThat(library.index().search(SearchQuery.of("\"glacier dynamics 2\"")).total()).isEqualTo(1);
    Files.writeString(input.resolve("a.jsonl"), record(2).replace("Glacier", "Moraine") + "\n");
    ingest(new ArrayList<>());
    assertThat(library.index().size()).isEqualTo(3);
  }

  @Test
  void documentFilesKeepTheirOriginalUnderTheDataFolder() throws IOException {
    Path pdfSource = dir.resolve("made.pdf");
    PdfFixture.write(pdfSource, "Kept Original Title", "Body text of the kept original.");
    Files.copy(pdfSource, input.resolve("paper.pdf"));
    IngestReport report = ingest(new ArrayList<>());
    assertThat(report.failures()).isEmpty();
    var stored = library.catalog().recent(1).get(0);
    assertThat(stored.file()).endsWith(".pdf");
    assertThat(library.filesDir().resolve(stored.file())).hasSameBinaryContentAs(pdfSource);
    assertThat(ingest(new ArrayList<>()).unchanged()).isEqualTo(1);
  }

  @Test
  void aRecordTheCatalogRefusesFailsAloneAndTheRestOfItsBatchIsStored() throws IOException {
    Files.writeString(input.resolve("a.jsonl"), """
        {"source":"s","id":"1","title":"First","doi":"10.1/a"}
        {"source":"s","id":"2","title":"Second","doi":"10.1/b"}
        """);
    ingest(new ArrayList<>());
    Files.delete(input.resolve("a.jsonl"));
    // Its DOI names article 2 but its source id is article 1's: the two identities collide.
    Files.writeString(input.resolve("b.jsonl"), """
        {"source":"s","id":"1","title":"Conflicting","doi":"10.1/b"}
        {"source":"s","id":"3","title":"Third"}
        """);
    IngestReport report = ingest(new ArrayList<>());
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.location()).endsWith("b.jsonl line 1");
      assertThat(f.reason()).startsWith("not stored:");
    });
    assertThat(report.added()).isEqualTo(1);
    assertThat(library.catalog().count()).isEqualTo(3);
    assertThat(library.catalog().findBySource("s", "2").orElseThrow().article().title()).isEqualTo("Second");
  }

  @Test
  void aMissingPathIsAFailureNotACrash() {
    IngestReport report = library.ingester().ingest(List.of(dir.resolve("nope")), l -> { });
    assertThat(report.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).isEqualTo("no such file or folder"));
  }
}
