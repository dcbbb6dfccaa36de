package org.polka.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.polka.article.Article;
import org.polka.ingest.ArticleReader;
import org.polka.ingest.ReadSink;
import org.polka.ingest.references.ReferenceExtractor;
import org.polka.ingest.repair.Lexicon;

/**
 * A reader of JSON Lines files in the corpus record schema, plain or gzip-compressed: one record a
 * line, each line reported as {@code <file> line N}.
 *
 * <p>A malformed line is a problem and reading goes on; a gzip stream that ends early is a problem
 * at the line where it broke, and the records before it stay delivered. Records are mapped (JSON
 * parsed, texts repaired) on several threads, and delivered in file order on the reading thread.
 */
public final class JsonlReader implements ArticleReader {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final Lexicon lexicon;
  private final ReferenceExtractor references;
  private final int threads;

  /**
   * A reader that repairs full texts with the given dictionary besides each record's own words,
   * and takes a full text's bibliography out with the given extractor; records are mapped on as
   * many threads as there are processors.
   */
  public JsonlReader(Lexicon lexicon, ReferenceExtractor references) {
    this(lexicon, references, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A reader as {@link #JsonlReader(Lexicon, ReferenceExtractor)} that maps records on the given
   * number of threads (1: on the reading thread); records and problems reach the sink in file
   * order either way, on the thread that called {@link #read}.
   */
  public JsonlReader(Lexicon lexicon, ReferenceExtractor references, int threads) {
    this.lexicon = lexicon;
    this.references = references;
    this.threads = Math.max(1, threads);
  }

  /** A reader with the standard dictionary and reference extractor. */
  public JsonlReader() {
    this(Lexicon.load(), ReferenceExtractor.standard());
  }

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")
        || name.endsWith(".ndjson.gz");
  }

  @Override
  public void read(Path file, ReadSink sink) throws IOException {
    String name = file.getFileName().toString();
    var mapper = new CorpusRecordMapper(name, lexicon, references);
    InputStream opened;
    try {
      opened = open(file);
    } catch (EOFException e) {
      sink.problem(name, "file is truncated (gzip stream ends early) after line 0");
      return;
    }
    try (InputStream in = opened;
        var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      readLines(name, lines, mapper, sink);
    }
  }

  /**
   * Reads the lines and maps them in parallel (a window of a few lines per thread ahead of the
   * sink), handing each outcome to the sink in line order.
   */
  private void readLines(String name, BufferedReader lines, CorpusRecordMapper recordMapper,
      ReadSink sink) throws IOException {
    int window = threads > 1 ? 4 * threads : 1;
    try (var mapped = new InOrder<LineResult>(threads, window, result -> result.deliverTo(sink))) {
      int lineNo = 0;
      while (true) {
        String line;
        try {
          line = lines.readLine();
        } catch (EOFException e) {
          mapped.finish();
          sink.problem(location(name, lineNo + 1),
              "file is truncated (gzip stream ends early) after line " + lineNo);
          return;
        } catch (ZipException e) {
          mapped.finish();
          sink.problem(location(name, lineNo + 1),
              "file is corrupt (gzip data error: " + e.getMessage() + ") after line " + lineNo);
          return;
        } catch (IOException e) {
          mapped.finish();
          throw e;
        }
        if (line == null) {
          mapped.finish();
          return;
        }
        lineNo++;
        String location = location(name, lineNo);
        mapped.submit(() -> readLine(line, location, recordMapper));
      }
    }
  }

  /** What one line became: a record, a problem, or nothing (a blank line). */
  private record LineResult(Article article, String location, String problem) {
    void deliverTo(ReadSink sink) {
      if (article != null) {
        sink.record(article, location);
      } else if (problem != null) {
        sink.problem(location, problem);
      }
    }
  }

  private LineResult readLine(String line, String location, CorpusRecordMapper recordMapper) {
    String json = lineNoBom(line);
    if (json.isBlank()) {
      return new LineResult(null, location, null);
    }
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return new LineResult(null, location, "invalid JSON: " + e.getOriginalMessage());
    }
    var outcome = recordMapper.map(node);
    return new LineResult(outcome.article(), location, outcome.article() != null ? null : outcome.problem());
  }

  private static String lineNoBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String location(String name, int line) {
    return name + " line " + line;
  }

  /** The file's content, with gzip undone when the file starts with the gzip magic bytes. */
  private static InputStream open(Path file) throws IOException {
    var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
      return new GZIPInputStream(in, 1 << 16);
    }
    return in;
  }
}
