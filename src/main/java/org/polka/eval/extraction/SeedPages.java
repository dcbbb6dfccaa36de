package org.polka.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.ingest.Extractor;

/**
 * CyberLeninka page texts ({@code NAME.txt}) against their gold records ({@code NAME.gold.json}):
 * header fields, counters, section titles, footnotes by label, and the body's must / must-not
 * strings as pass rates. As the gold file says, quotes compare typographic or straight.
 */
final class SeedPages implements Dataset {
  /** The fields the seed page is expected to get fully right today. */
  static final List<String> HEADER = List.of("title", "language", "authors", "keywords",
      "discipline", "license", "views", "downloads");

  private final Path dir;

  SeedPages(Path dir) {
    this.dir = dir;
  }

  @Override
  public String name() {
    return "CyberLeninka seed pages (" + dir + ")";
  }

  @Override
  public Optional<String> missing() {
    return Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir + " missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    Scores scores = new Scores();
    List<String> notes = new ArrayList<>();
    List<Path> golds = GoldFiles.list(dir, ".gold.json");
    ObjectMapper json = new ObjectMapper();
    for (Path goldFile : golds) {
      Path page = goldFile.resolveSibling(
          goldFile.getFileName().toString().replace(".gold.json", ".txt"));
      if (!Files.exists(page)) {
        notes.add("no page text for " + goldFile.getFileName());
        continue;
      }
      Documents doc = Documents.read(extractor, page);
      doc.problems().forEach(p -> notes.add("problem: " + p));
      score(scores, json.readTree(goldFile.toFile()), doc.article());
    }
    notes.add(golds.size() + " page(s)");
    return new DatasetResult(name(), scores, List.of(), notes);
  }

  /** Scores one record (null when the extractor produced none) against its gold. */
  static void score(Scores scores, JsonNode gold, Article a) {
    Article got = a != null ? a : Article.builder().build();
    scores.single("title", q(gold.path("title").asText(null)), q(got.title()));
    scores.single("language", gold.path("language").asText(null), got.language());
    scores.wholeList("authors", texts(gold.path("authors"), "name"),
        got.authors().stream().map(Author::name).map(SeedPages::q).toList());
    scores.wholeList("keywords", texts(gold.path("keywords"), null),
        got.keywords().stream().map(SeedPages::q).toList());
    scores.single("discipline", gold.path("discipline").asText(null), got.discipline());
    scores.single("license", gold.path("license").asText(null), got.license());
    scores.single("views", gold.path("views").asText(null), str(got.views()));
    scores.single("downloads", gold.path("downloads").asText(null), str(got.downloads()));
    scores.items("section titles", texts(gold.path("section_titles"), null),
        got.sections().stream().map(Section::title).map(SeedPages::q).toList());
    Map<String, String> goldNotes = new LinkedHashMap<>();
    gold.path("footnotes").properties().forEach(e -> goldNotes.put(e.getKey(), q(e.getValue().asText())));
    Map<String, String> gotNotes = new LinkedHashMap<>();
    got.footnotes().forEach(f -> gotNotes.putIfAbsent(f.label(), q(f.text())));
    scores.labelled("footnotes (by label)", goldNotes, gotNotes);
    String body = Similarity.fold(q(String.join("\n", got.paragraphs())));
    gold.path("body_must_contain").forEach(n ->
        scores.check("body must contain", body.contains(Similarity.fold(q(n.asText())))));
    gold.path("body_must_not_contain").forEach(n ->
        scores.check("body must not contain", !body.contains(Similarity.fold(q(n.asText())))));
    scores.check("no footnote text in body", got.footnotes().stream().map(Footnote::text)
        .map(t -> Similarity.fold(q(t))).noneMatch(body::contains));
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(q(field == null ? n.asText() : n.path(field).asText(null))));
    return out;
  }

  private static String str(Integer n) {
    return n == null ? null : n.toString();
  }

  /** The gold's quote rule: typographic quotes and apostrophes compare as straight ones. */
  static String q(String s) {
    return s == null ? null : s.replaceAll("[“”„«»]", "\"").replaceAll("[‘’‚`]", "'");
  }
}
