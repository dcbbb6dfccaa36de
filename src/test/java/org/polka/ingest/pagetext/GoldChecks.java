package org.polka.ingest.pagetext;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.polka.article.Article;
import org.polka.article.Footnote;
import org.polka.article.Section;

/**
 * The body checks of a gold record (must / must-not strings, footnotes, section titles) run against
 * an article, each with its name and outcome, so a test can say how many pass.
 */
final class GoldChecks {

  /** One named check and whether the article passed it. */
  record Check(String name, boolean passed) {}

  private GoldChecks() {}

  /** Text as the gold compares it: NFC, straight quotes, folded whitespace. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC)
        .replaceAll("[“”„«»]", "\"").replaceAll("[‘’‚`]", "'");
    return n.replaceAll("\\s+", " ").strip();
  }

  static List<Check> run(JsonNode gold, Article article) {
    String body = fold(String.join("\n", article.paragraphs()));
    Map<String, String> notes = new java.util.LinkedHashMap<>();
    article.footnotes().forEach(f -> notes.put(f.label(), fold(f.text())));
    var checks = new ArrayList<Check>();
    gold.get("body_must_contain").forEach(n ->
        checks.add(new Check("body contains: " + n.asText(), body.contains(fold(n.asText())))));
    gold.get("body_must_not_contain").forEach(n ->
        checks.add(new Check("body lacks: " + n.asText(), !body.contains(fold(n.asText())))));
    gold.get("footnotes").properties().forEach(e -> checks.add(new Check(
        "footnote " + e.getKey(), fold(e.getValue().asText()).equals(notes.get(e.getKey())))));
    gold.get("footnote_must_contain").properties().forEach(e -> checks.add(new Check(
        "footnote " + e.getKey() + " contains: " + e.getValue().asText(),
        notes.getOrDefault(e.getKey(), "").contains(fold(e.getValue().asText())))));
    gold.get("footnote_markers_in_body").forEach(n -> checks.add(new Check(
        "marker in body: " + n.asText(), hasMarker(body, n.asText()))));
    List<String> titles = article.sections().stream().map(Section::title)
        .filter(java.util.Objects::nonNull).map(GoldChecks::fold).toList();
    List<String> goldTitles = new ArrayList<>();
    gold.get("section_titles").forEach(n -> goldTitles.add(fold(n.asText())));
    goldTitles.forEach(t -> checks.add(new Check("section title: " + t, titles.contains(t))));
    checks.add(new Check("section titles exactly in order", titles.equals(goldTitles)));
    checks.add(new Check("no footnote text in body", article.footnotes().stream()
        .map(Footnote::text).map(GoldChecks::fold).noneMatch(body::contains)));
    return checks;
  }

  private static boolean hasMarker(String body, String label) {
    return java.util.regex.Pattern.compile("[\\p{L}.,;:!?)\\]\"']" + label + "(?!\\d)").matcher(body).find();
  }
}
