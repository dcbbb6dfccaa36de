package org.polka.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Article;
import org.polka.article.ArticleJson;
import org.polka.article.Author;
import org.polka.ingest.CollectingSink;
import org.polka.ingest.ReadSink;
import org.polka.ingest.references.ReferenceExtractor;
import org.polka.ingest.repair.Lexicon;

class JsonlReaderTest {
  private static final String RUSSIAN = """
      {"source": "cyberleninka:test", "id": "a1", "url": "https://cyberleninka.ru/article/n/a1", \
      "title": "Методы оптимизации программ", "authors": ["Кулямин В.В.", "Светлаков Анатолий Антонович"], \
      "journal": "Труды ИСП РАН", "year": "2015 г.", "keywords": ["компиляция", "JavaScript"], \
      "discipline": "Компьютерные науки", "abstract": "Современные виртуальные машины используют компиляцию.", \
      "abstract_en": "Modern virtual machines use compilation.", \
      "fulltext": "Введение\\n\\nПервый абзац текста.\\nЕго продолжение.\\n\\nВторой абзац.", \
      "language": "ru", "license": "per-article (mostly CC BY; not recorded)", "provenance": "test"}""";
  private static final String ENGLISH = """
      {"source": "s2orc", "id": "42", "url": "https://doi.org/10.1016/j.giq.2017.08.005", \
      "title": "Digital  methods\\nin legal history", "authors": ["Perry L. McCarty", "Bowie Ej"], \
      "journal": "elibrary journal id 25208", "year": 1999, "keywords": [], "discipline": "", "abstract": "", \
      "abstract_en": null, "fulltext": "One line.\\nAnother paragraph line.", "language": "", \
      "license": "cc-by-nc-nd", "provenance": "test"}""";
  private static final String UNTITLED = """
      {"source": "core", "id": "DH1", "url": null, "title": null, "authors": [], "journal": null, \
      "year": null, "keywords": [], "discipline": null, "abstract": "Only an abstract here.", \
      "abstract_en": null, "fulltext": null, "language": "en", "license": null, "provenance": "x"}""";
  private static final String EMPTY = """
      {"source": "iis", "id": "j37", "url": null, "title": "", "authors": [], "journal": null, \
      "year": null, "keywords": [], "discipline": "journalism", "abstract": "", "abstract_en": null, \
      "fulltext": "", "language": "ru", "license": null, "provenance": "x"}""";

  @TempDir Path dir;
  private final JsonlReader reader = new JsonlReader();

  @Test
  void mapsEveryFieldOfARussianRecord() throws IOException {
    CollectingSink sink = read(write("a.jsonl", RUSSIAN));
    assertThat(sink.problems).isEmpty();
    Article a = sink.articles().getFirst();
    assertThat(a.title()).isEqualTo("Методы оптимизации программ");
    assertThat(a.origin().source()).isEqualTo("cyberleninka:test");
    assertThat(a.origin().sourceId()).isEqualTo("a1");
    assertThat(a.origin().url()).isEqualTo("https://cyberleninka.ru/article/n/a1");
    assertThat(a.authors()).extracting(Author::family).containsExactly("Кулямин", "Светлаков");
    assertThat(a.authors()).extracting(Author::given)
        .containsExactly("В.В.", "Анатолий Антонович");
    assertThat(a.journal().title()).isEqualTo("Труды ИСП РАН");
    assertThat(a.published()).isEqualTo("2015");
    assertThat(a.keywords()).containsExactly("компиляция", "JavaScript");
    assertThat(a.discipline()).isEqualTo("Компьютерные науки");
    assertThat(a.language()).isEqualTo("ru");
    assertThat(a.license()).isNull();
    assertThat(a.abstracts()).extracting(x -> x.language()).containsExactly("ru", "en");
    assertThat(a.paragraphs())
        .containsExactly("Введение", "Первый абзац текста.\nЕго продолжение.", "Второй абзац.");
    assertThat(a.source().format()).isEqualTo("jsonl");
    assertThat(a.source().file()).isEqualTo("a.jsonl");
    assertThat(sink.records.getFirst().location()).isEqualTo("a.jsonl line 1");
    assertThat(ArticleJson.read(ArticleJson.write(a))).as("survives JSON").isEqualTo(a);
  }

  @Test
  void emptyValuesBecomeAbsentAndDoiComesFromTheUrl() throws IOException {
    Article a = read(write("b.jsonl", ENGLISH)).articles().getFirst();
    assertThat(a.doi()).isEqualTo("10.1016/j.giq.2017.08.005");
    assertThat(a.published()).isEqualTo("1999");
    assertThat(a.discipline()).isNull();
    assertThat(a.journal()).isNull();
    assertThat(a.abstracts()).isEmpty();
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.license()).isEqualTo("CC BY-NC-ND");
    assertThat(a.paragraphs()).containsExactly("One line.", "Another paragraph line.");
    assertThat(a.authors().get(0)).isEqualTo(
        new Author("Perry L. McCarty", "Perry L.", "McCarty", List.of(), null, null));
    assertThat(a.authors().get(1)).isEqualTo(Author.named("Bowie Ej"));
  }

  @Test
  void untitledAndEmptyRecordsWithAnIdAreKeptWithWarningsAndOneWithoutIdIsAProblem()
      throws IOException {
    String anonymous = EMPTY.replace("\"id\": \"j37\"", "\"id\": \"\"");
    CollectingSink sink = read(write("c.jsonl", UNTITLED + "\n" + EMPTY + "\n" + anonymous));
    assertThat(sink.articles()).hasSize(2);
    assertThat(sink.articles().get(0).title()).isNull();
    assertThat(sink.articles().get(0).warnings()).containsExactly("record has no title");
    assertThat(sink.articles().get(1).warnings())
        .containsExactly("record has no title, abstract or text");
    assertThat(sink.problems).containsExactly(new CollectingSink.Problem("c.jsonl line 3",
        "record has no title, text or id"));
  }

  @Test
  void invalidLineIsAProblemAndReadingGoesOnSkippingBlankLines() throws IOException {
    CollectingSink sink = read(write("d.ndjson", RUSSIAN + "\n\n{\"title\": \"broken\n" + ENGLISH
        + "\n[1, 2]\n"));
    assertThat(sink.articles()).extracting(Article::title)
        .containsExactly("Методы оптимизации программ", "Digital methods in legal history");
    assertThat(sink.records).extracting(CollectingSink.Read::location)
        .containsExactly("d.ndjson line 1", "d.ndjson line 4");
    assertThat(sink.problems).hasSize(2);
    assertThat(sink.problems.get(0).location()).isEqualTo("d.ndjson line 3");
    assertThat(sink.problems.get(0).reason()).startsWith("invalid JSON: ");
    assertThat(sink.problems.get(1).reason()).startsWith("invalid JSON: a record must be an object");
  }

  @Test
  void readsGzipDetectedByMagicBytesEvenWithoutTheExtension() throws IOException {
    byte[] gz = gzip(RUSSIAN + "\n" + ENGLISH + "\n");
    Path named = Files.write(dir.resolve("r.jsonl.gz"), gz);
    Path unnamed = Files.write(dir.resolve("r.jsonl"), gz);
    assertThat(read(named).articles()).hasSize(2);
    assertThat(read(unnamed).articles()).hasSize(2);
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheBreakAndSaysWhere() throws IOException {
    String many = (ENGLISH + "\n").repeat(200);
    byte[] gz = gzip(many);
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length * 2 / 3));
    CollectingSink sink = read(cut);
    int kept = sink.records.size();
    assertThat(kept).isBetween(1, 199);
    assertThat(sink.problems).containsExactly(new CollectingSink.Problem(
        "cut.jsonl.gz line " + (kept + 1),
        "file is truncated (gzip stream ends early) after line " + kept));
  }

  @Test
  void severalThreadsDeliverTheSameRecordsAndProblemsInFileOrderOnTheReadingThread()
      throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      lines.append(switch (i % 7) {
        case 3 -> "{\"title\": \"broken";
        case 5 -> "";
        case 6 -> "[" + i + "]";
        default -> (i % 2 == 0 ? RUSSIAN : ENGLISH).replace("\"id\": \"", "\"id\": \"" + i + "-");
      }).append('\n');
    }
    Path file = Files.write(dir.resolve("many.jsonl.gz"), gzip(lines.toString()));
    List<String> oneThread = events(new JsonlReader(Lexicon.load(), ReferenceExtractor.standard(), 1), file);
    List<String> fourThreads = events(new JsonlReader(Lexicon.load(), ReferenceExtractor.standard(), 4), file);
    assertThat(oneThread).hasSize(300 - 300 / 7 - 1);
    assertThat(fourThreads).isEqualTo(oneThread);
    byte[] gz = gzip(lines.toString());
    Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    List<String> cutEvents = events(new JsonlReader(Lexicon.load(), ReferenceExtractor.standard(), 4), cut);
    assertThat(cutEvents.getLast()).contains("file is truncated");
    assertThat(cutEvents)
        .isEqualTo(events(new JsonlReader(Lexicon.load(), ReferenceExtractor.standard(), 1), cut));
  }

  /** What the reader hands the sink, as one line per call, each checked to be on this thread. */
  private static List<String> events(JsonlReader reader, Path file) throws IOException {
    List<String> events = new ArrayList<>();
    Thread caller = Thread.currentThread();
    reader.read(file, new ReadSink() {
      @Override
      public void record(Article article, String location) {
        assertThat(Thread.currentThread()).isSameAs(caller);
        events.add(location + " record " + ArticleJson.write(article));
      }

      @Override
      public void problem(String location, String reason) {
        assertThat(Thread.currentThread()).isSameAs(caller);
        events.add(location + " problem " + reason);
      }
    });
    return events;
  }

  @Test
  void acceptsJsonLinesNamesOnly() {
    byte[] head = "{}".getBytes(StandardCharsets.UTF_8);
    assertThat(reader.accepts(Path.of("x.jsonl"), head)).isTrue();
    assertThat(reader.accepts(Path.of("x.JSONL.GZ"), head)).isTrue();
    assertThat(reader.accepts(Path.of("x.ndjson"), head)).isTrue();
    assertThat(reader.accepts(Path.of("x.json"), head)).isFalse();
    assertThat(reader.format()).isEqualTo("jsonl");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink;
  }

  private static byte[] gzip(String text) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
