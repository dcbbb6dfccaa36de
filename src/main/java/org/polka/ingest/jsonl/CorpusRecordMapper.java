package org.polka.ingest.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.article.Origin;
import org.polka.article.Section;
import org.polka.ingest.references.ReferenceExtractor;
import org.polka.article.SourceFile;
import org.polka.ingest.Languages;
import org.polka.ingest.repair.FlatText;
import org.polka.ingest.repair.Lexicon;
import org.polka.ingest.repair.WordRepairs;

/**
 * A mapping from one corpus record ({@code source, id, url, title, authors, journal, year, ...}) to an
 * {@link Article}. Empty strings and lists mean the source did not have the value and become null or
 * empty. Full texts get the flat-text repairs (page furniture, injected lines, broken and glued
 * words; see {@link FlatText}), abstracts the word repairs.
 */
final class CorpusRecordMapper {
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
  private static final Pattern DOI_URL =
      Pattern.compile("^https?://(?:dx\\.)?doi\\.org/(10\\..+)$", Pattern.CASE_INSENSITIVE);
  /** A source's internal journal number standing in for a name: not a journal title. */
  private static final Pattern JOURNAL_ID =
      Pattern.compile("(?i)^elibrary journal id \\d+$");

  /** What one record became: an article, or the reason it could not be one. */
  record Outcome(Article article, String problem) {}

  private final String fileName;
  private final Lexicon lexicon;
  private final ReferenceExtractor references;

  CorpusRecordMapper(String fileName, Lexicon lexicon, ReferenceExtractor references) {
    this.fileName = fileName;
    this.lexicon = lexicon;
    this.references = references;
  }

  /**
   * The article for the record, or a problem when it has neither title, text nor a source id.
   * A record the source lists under an id is kept even when empty (with a warning), so the
   * library holds everything the source holds.
   */
  Outcome map(JsonNode rec) {
    if (!rec.isObject()) {
      return new Outcome(null, "invalid JSON: a record must be an object, found " + rec.getNodeType());
    }
    String title = oneLine(text(rec, "title"));
    String abstractText = text(rec, "abstract");
    String abstractEn = text(rec, "abstract_en");
    String fulltext = text(rec, "fulltext");
    boolean empty = title == null && abstractText == null && abstractEn == null && fulltext == null;
    if (empty && text(rec, "id") == null) {
      return new Outcome(null, "record has no title, text or id");
    }
    var b = Article.builder()
        .title(title)
        .authors(authors(rec.get("authors")))
        .keywords(list(rec.get("keywords")))
        .discipline(text(rec, "discipline"))
        .license(license(text(rec, "license")))
        .published(year(rec.get("year")))
        .doi(doi(rec))
        .source(new SourceFile(fileName, "jsonl", null))
        .origin(new Origin(text(rec, "source"), text(rec, "id"), text(rec, "url")));
    String journal = oneLine(text(rec, "journal"));
    if (journal != null && !JOURNAL_ID.matcher(journal).matches()) {
      b.journal(Journal.titled(journal));
    }
    FlatText body = FlatText.repair(fulltext == null ? List.of() : paragraphs(fulltext), lexicon);
    body.warnings().forEach(b::warn);
    ReferenceExtractor.Extracted bib = references.fromBody(body.paragraphs());
    b.references(bib.references());
    if (!bib.body().isEmpty()) {
      b.addSection(new Section(null, null, bib.body()));
    }
    List<String> abstracts = nonNull(abstractText, abstractEn);
    WordRepairs words = WordRepairs.forDocument(
        Stream.concat(abstracts.stream(), bib.body().stream()).toList(), lexicon);
    if (abstractText != null) {
      b.addAbstract(new Abstract(Languages.guess(abstractText), words.apply(abstractText)));
    }
    if (abstractEn != null && !abstractEn.equals(abstractText)) {
      b.addAbstract(new Abstract("en", words.apply(abstractEn)));
    }
    String language = text(rec, "language");
    b.language(language != null ? language.toLowerCase(Locale.ROOT)
        : Languages.guess(String.join(" ", nonNull(title, abstractText, fulltext))));
    if (empty) {
      b.warn("record has no title, abstract or text");
    } else if (title == null) {
      b.warn("record has no title");
    }
    return new Outcome(b.build(), null);
  }

  /** Paragraphs split on blank lines when there are any, else on line breaks. */
  static List<String> paragraphs(String fulltext) {
    String text = fulltext.replace("\r\n", "\n").replace('\r', '\n');
    List<String> parts = splitOnBlankLines(text);
    return (parts.size() > 1 ? parts.stream() : Arrays.stream(text.split("\n")))
        .map(p -> p.replace('\uFEFF', ' ').strip())
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /**
   * The text cut at each blank line, as {@code Pattern.split} with the pattern
   * {@code \n[ \t\u00A0]*\n} cuts it (each blank line found leftmost first), but with trailing empty parts kept: one
   * part when there is no blank line.
   */
  static List<String> splitOnBlankLines(String text) {
    List<String> parts = new ArrayList<>();
    int partStart = 0;
    int i = text.indexOf('\n');
    while (i >= 0) {
      int j = i + 1;
      while (j < text.length() && isBlank(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        parts.add(text.substring(partStart, i));
        partStart = j + 1;
        i = text.indexOf('\n', partStart);
      } else {
        i = text.indexOf('\n', i + 1);
      }
    }
    parts.add(text.substring(partStart));
    return parts;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /** A short licence name: "cc-by-nc (notes)" becomes "CC BY-NC"; notes about absence become null. */
  static String license(String raw) {
    if (raw == null) {
      return null;
    }
    String value = raw.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.startsWith("not ") || lower.startsWith("per-article")) {
      return null;
    }
    if (lower.startsWith("cc-")) {
      return "CC " + value.substring(3).toUpperCase(Locale.ROOT);
    }
    return value;
  }

  private static String year(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return "%04d".formatted(node.asInt());
    }
    Matcher m = YEAR.matcher(node.asText());
    return m.find() ? m.group(1) : null;
  }

  private static String doi(JsonNode rec) {
    String doi = text(rec, "doi");
    if (doi != null) {
      return doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
    }
    String url = text(rec, "url");
    if (url == null) {
      return null;
    }
    Matcher m = DOI_URL.matcher(url);
    return m.matches() ? URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
  }

  private static List<Author> authors(JsonNode node) {
    List<Author> out = new ArrayList<>();
    for (String name : list(node)) {
      out.add(PersonNames.author(name));
    }
    return out;
  }

  /** The strings of an array (or a single string split on ; and ,), blanks dropped. */
  private static List<String> list(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(item -> {
        String v = item.isObject() ? item.path("name").asText("") : item.asText("");
        if (!v.isBlank()) {
          out.add(v.strip());
        }
      });
    } else if (!node.asText("").isBlank()) {
      Arrays.stream(node.asText().split("[;,]")).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(out::add);
    }
    return out;
  }

  private static String text(JsonNode rec, String field) {
    JsonNode v = rec.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static String oneLine(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ");
  }

  private static List<String> nonNull(String... values) {
    return Arrays.stream(values).filter(v -> v != null).toList();
  }
}
