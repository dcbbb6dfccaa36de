package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.ingest.Extractor;

/**
 * GROBID's header annotations ({@code header/tei/NAME.training.header.tei.xml}) for the PDFs of
 * GROBID's tests that have one ({@code grobid-test-pdfs/NAME.pdf}): title, authors (the whole
 * ordered list of full names), abstract and keywords (the whole ordered list).
 */
final class GrobidHeaders implements Dataset {
  private static final String SUFFIX = ".training.header.tei.xml";

  private final Path teiDir;
  private final Path pdfDir;

  GrobidHeaders(Path teiDir, Path pdfDir) {
    this.teiDir = teiDir;
    this.pdfDir = pdfDir;
  }

  @Override
  public String name() {
    return "GROBID header annotations with their PDFs (" + teiDir + " + " + pdfDir + ")";
  }

  @Override
  public Optional<String> missing() {
    if (!Files.isDirectory(teiDir)) {
      return Optional.of(teiDir + " missing");
    }
    return Files.isDirectory(pdfDir) ? Optional.empty() : Optional.of(pdfDir + " missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    List<String> notes = new ArrayList<>();
    List<Path> teis = GoldFiles.list(teiDir, SUFFIX);
    List<Path> pdfs = new ArrayList<>();
    Map<Path, HeaderGold> golds = new HashMap<>();
    for (Path tei : teis) {
      Path pdf = pdfDir.resolve(tei.getFileName().toString().replace(SUFFIX, "") + ".pdf");
      if (!Files.exists(pdf)) {
        continue;
      }
      try {
        golds.put(pdf, HeaderGold.parse(tei));
        pdfs.add(pdf);
      } catch (IOException e) {
        notes.add("unreadable gold " + tei.getFileName() + ": " + e.getMessage());
      }
    }
    notes.add(pdfs.size() + " PDF(s) with a header annotation (of " + teis.size() + " annotations)");
    return GoldFiles.score(name(), extractor, pdfs,
        (scores, pdf, got) -> score(scores, golds.get(pdf), got), List.of(), notes);
  }

  static void score(Scores scores, HeaderGold gold, Article got) {
    scores.single("title", gold.title(), got.title());
    scores.wholeList("authors", gold.authors(), got.authors().stream().map(GrobidHeaders::name).toList());
    scores.single("abstract", gold.abstractText(), got.mainAbstract());
    scores.wholeList("keywords", gold.keywords(), got.keywords());
  }

  private static String name(Author a) {
    if (a.name() != null && !a.name().isBlank()) {
      return a.name();
    }
    return Similarity.fold((a.given() == null ? "" : a.given()) + " "
        + (a.family() == null ? "" : a.family()));
  }

  /**
   * Full names from an annotated author line such as "Yu.A.Pusep 1* , L.Fernandes dos Santos 1 and
   * A.I.Toropov 3": split on commas, semicolons and "and", affiliation markers (digits, stars,
   * daggers) removed, duplicates dropped.
   */
  static List<String> splitAuthors(List<String> lines) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String line : lines) {
      for (String part : line.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
        String n = Similarity.fold(part.replaceAll("[\\d*†‡§¶#∗⁎]", " ")).replaceAll("['\"]+$", "");
        if (n.codePoints().filter(Character::isLetter).count() >= 2) {
          names.add(n);
        }
      }
    }
    return List.copyOf(names);
  }

  /** Keywords from an annotated keyword line: a leading "Keywords:"-like label removed, then split. */
  static List<String> splitKeywords(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String body = line.replaceFirst("(?i)^\\s*(key\\s*words?|index terms)\\s*[:.—-]?\\s*", "");
      Arrays.stream(body.split("\\s*[;,·•]\\s*"))
          .map(s -> Similarity.fold(s.replaceAll("[.\\s]+$", "")))
          .filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
