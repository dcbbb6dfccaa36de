package org.polka.eval.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Section;
import org.polka.ingest.CollectingSink;
import org.polka.ingest.Extractor;
import org.polka.ingest.jats.JatsReader;

/**
 * PDFs with known answers: every PLOS research article in {@code plos-jats/} (JATS XML, read by
 * the JATS reader) typeset by {@link SyntheticPdf} in one of its layouts (the n-th file in name
 * order gets layout n modulo the number of layouts), then read back through the whole PDF path.
 * The JATS record is the gold for title, authors, abstract, keywords and section titles.
 */
final class PlosRenderings implements Dataset {
  private final Path dir;

  PlosRenderings(Path dir) {
    this.dir = dir;
  }

  @Override
  public String name() {
    return "PLOS JATS typeset as PDFs with known answers (" + dir + ")";
  }

  @Override
  public Optional<String> missing() {
    return Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir + " missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    List<Path> xmls;
    try (Stream<Path> files = Files.walk(dir)) {
      xmls = files.filter(p -> p.getFileName().toString().matches("journal\\..*\\.xml"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
    Path out = Files.createTempDirectory("polka-synthetic-");
    try {
      List<Path> pdfs = new ArrayList<>();
      Map<Path, Article> golds = new HashMap<>();
      Map<Path, List<String>> sections = new HashMap<>();
      JatsReader jats = new JatsReader();
      for (Path xml : xmls) {
        CollectingSink sink = new CollectingSink();
        jats.read(xml, sink);
        if (sink.articles().isEmpty() || sink.articles().getFirst().title() == null) {
          continue;
        }
        Article gold = sink.articles().getFirst();
        SyntheticPdf.Layout layout = SyntheticPdf.LAYOUTS.get(pdfs.size() % SyntheticPdf.LAYOUTS.size());
        Path pdf = out.resolve(xml.getFileName().toString().replace(".xml", ".pdf"));
        sections.put(pdf, new SyntheticPdf(layout).write(gold, pdf));
        golds.put(pdf, gold);
        pdfs.add(pdf);
      }
      List<String> notes = List.of(pdfs.size() + " article(s) typeset in "
          + SyntheticPdf.LAYOUTS.size() + " layouts: " + SyntheticPdf.LAYOUTS.stream()
          .map(SyntheticPdf.Layout::name).toList());
      return GoldFiles.score(name(), extractor, pdfs,
          (scores, pdf, got) -> score(scores, golds.get(pdf), sections.get(pdf), got), List.of(),
          notes);
    } finally {
      delete(out);
    }
  }

  /** Scores a record read from a typeset PDF against the JATS record it was made from. */
  static void score(Scores scores, Article gold, List<String> sectionTitles, Article got) {
    scores.single("title", SyntheticPdf.printable(gold.title()), got.title());
    scores.wholeList("authors", gold.authors().stream().map(PlosRenderings::fullName)
        .map(SyntheticPdf::printable).toList(), got.authors().stream().map(PlosRenderings::fullName).toList());
    scores.single("abstract", SyntheticPdf.printable(gold.mainAbstract()), got.mainAbstract());
    scores.wholeList("keywords", gold.keywords().stream().map(SyntheticPdf::printable).toList(),
        got.keywords());
    scores.items("section titles", sectionTitles,
        got.sections().stream().map(Section::title).toList());
  }

  private static String fullName(Author a) {
    if (a.given() != null && a.family() != null) {
      return a.given() + " " + a.family();
    }
    return a.name() != null ? a.name() : a.family();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
