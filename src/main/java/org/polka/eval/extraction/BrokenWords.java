package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polka.article.Article;
import org.polka.ingest.Extractor;

/**
 * A count of words left broken in extracted PDF text, per 10,000 words, judged by the vocabulary of
 * the whole dataset: a hyphenated pair whose joined form the texts use at least twice and whose
 * hyphenated form they use only there ("particu-lar"), a hyphen followed by a space inside a word
 * ("particu- lar"), and two neighbouring tokens neither of which the texts otherwise use but whose
 * join they do ("particu lar").
 */
final class BrokenWords implements Dataset {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
  private static final Pattern SPACED_HYPHEN = Pattern.compile("\\p{Ll}{2,}- \\p{Ll}{2,}");

  private final Path pdfDir;

  BrokenWords(Path pdfDir) {
    this.pdfDir = pdfDir;
  }

  @Override
  public String name() {
    return "Broken words left in PDF text (" + pdfDir + ")";
  }

  @Override
  public Optional<String> missing() {
    return Files.isDirectory(pdfDir) ? Optional.empty() : Optional.of(pdfDir + " missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(pdfDir)) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    List<String> texts = Documents.readAll(extractor, pdfs).stream().map(Documents::article)
        .filter(a -> a != null).map(BrokenWords::text).toList();
    Map<String, Integer> vocabulary = new HashMap<>();
    texts.forEach(t -> tokens(t).forEach(w -> vocabulary.merge(w, 1, Integer::sum)));
    int words = 0;
    List<String> broken = new ArrayList<>();
    for (String text : texts) {
      List<String> tokens = tokens(text);
      words += tokens.size();
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i);
        if (t.indexOf('-') > 0 && t.chars().filter(c -> c == '-').count() == 1
            && vocabulary.getOrDefault(t.replace("-", ""), 0) >= 2 && vocabulary.get(t) == 1) {
          broken.add(t);
        }
        if (i + 1 < tokens.size()) {
          String next = tokens.get(i + 1);
          if (!vocabulary.containsKey(t + "-" + next) && vocabulary.get(t) == 1
              && vocabulary.get(next) == 1 && vocabulary.getOrDefault(t + next, 0) >= 2) {
            broken.add(t + " " + next);
          }
        }
      }
      Matcher m = SPACED_HYPHEN.matcher(text);
      while (m.find()) {
        broken.add(m.group());
      }
    }
    Scores scores = new Scores();
    List<String> notes = List.of(texts.size() + " PDFs, " + words + " words, " + broken.size()
        + " broken = " + String.format(Locale.ROOT, "%.2f", 10_000.0 * broken.size() / Math.max(1, words))
        + " per 10,000 words (target <= 1)",
        "examples: " + String.join(", ", broken.subList(0, Math.min(15, broken.size()))));
    scores.check("no broken word left (documents)", broken.isEmpty());
    return new DatasetResult(name(), scores, List.of(), notes);
  }

  private static String text(Article a) {
    StringBuilder sb = new StringBuilder();
    a.sections().forEach(s -> s.paragraphs().forEach(p -> sb.append(p).append('\n')));
    a.footnotes().forEach(f -> sb.append(f.text()).append('\n'));
    return sb.toString();
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
