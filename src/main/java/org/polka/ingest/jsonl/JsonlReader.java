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
import org.polka.ingest.references.ReferenceExtractor;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.polka.ingest.ArticleReader;
import org.polka.ingest.ReadSink;
import org.polka.ingest.repair.Lexicon;

/**
 * A reader of JSON Lines files in the corpus record schema, plain or gzip-compressed: one record a
 * line, each line reported as {@code <file> line N}.
 *
 * <p>A malformed line is a problem and reading goes on; a gzip stream that ends early is a problem
 * at the line where it broke, and the records before it stay delivered.
 */
public final class JsonlReader implements ArticleReader {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final Lexicon lexicon;
  private final ReferenceExtractor references;

  /**
   * A reader that repairs full texts with the given dictionary besides each record's own words,
   * and takes a full text's bibliography out with the given extractor.
   */
  public JsonlReader(Lexicon lexicon, ReferenceExtractor references) {
    this.lexicon = lexicon;
    this.references = references;
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

  private void readLines(String name, BufferedReader lines, CorpusRecordMapper recordMapper,
      ReadSink sink) throws IOException {
    int lineNo = 0;
    while (true) {
      String line;
      try {
        line = lines.readLine();
      } catch (EOFException e) {
        sink.problem(location(name, lineNo + 1),
            "file is truncated (gzip stream ends early) after line " + lineNo);
        return;
      } catch (ZipException e) {
        sink.problem(location(name, lineNo + 1),
            "file is corrupt (gzip data error: " + e.getMessage() + ") after line " + lineNo);
        return;
      }
      if (line == null) {
        return;
      }
      lineNo++;
      readLine(line, location(name, lineNo), recordMapper, sink);
    }
  }

  private void readLine(String line, String location, CorpusRecordMapper recordMapper,
      ReadSink sink) {
    String json = lineNoBom(line);
    if (json.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      sink.problem(location, "invalid JSON: " + e.getOriginalMessage());
      return;
    }
    var outcome = recordMapper.map(node);
    if (outcome.article() != null) {
      sink.record(outcome.article(), location);
    } else {
      sink.problem(location, outcome.problem());
    }
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
