package org.polka.eval.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polka.ingest.Extractor;
import org.polka.ingest.references.ReferenceParser;

/**
 * The extraction accuracy harness: runs the extractor over every dataset with known answers and
 * prints, per dataset, P/R/F1 per field under GROBID's four matching rules. A dataset whose folder
 * is absent is reported as skipped, never failed.
 */
public final class ExtractionEval {
  private final List<Dataset> datasets;

  private ExtractionEval(List<Dataset> datasets) {
    this.datasets = List.copyOf(datasets);
  }

  /** The folder of GROBID's citation annotations under the extraction data folder. */
  public static final String CITATIONS = "grobid-annotations/citation";

  /** The reference parser scored on the development 80 % of GROBID's citation annotations. */
  public static ExtractionEval citationDevelopment(Path data, ReferenceParser parser) {
    return new ExtractionEval(List.of(new GrobidCitations(data.resolve(CITATIONS), parser, true)));
  }

  /**
   * The standard datasets: the seed pages in {@code samples}, and under {@code data} the SSOAR
   * English PDFs, the SSOAR German footnote-citation PDFs, GROBID's header annotations matched
   * with GROBID's test PDFs, the same annotations as plain lines (development part and hold-out),
   * the PLOS JATS articles typeset as PDFs, and the hold-out of GROBID's citation annotations.
   */
  public static ExtractionEval standard(Path data, Path samples) {
    return new ExtractionEval(List.of(
        new SeedPages(samples),
        new SsoarReferences(data.resolve("ssoar-en-dev")),
        new SsoarReferences(data.resolve("ssoar-de-footnotes")),
        new GrobidHeaders(data.resolve("grobid-annotations/header/tei"),
            data.resolve("grobid-test-pdfs")),
        new HeaderAnnotations(data.resolve("grobid-annotations/header/tei"), false),
        new HeaderAnnotations(data.resolve("grobid-annotations/header/tei"), true),
        new PlosRenderings(data.resolve("plos-jats")),
        new GrobidCitations(data.resolve(CITATIONS), ReferenceParser.standard(), false),
        new GrobidSegmentation(data.resolve("grobid-annotations/segmentation/tei"),
            data.resolve("grobid-test-pdfs")),
        new BrokenWords(data.resolve("ssoar-en-dev/pdf"))));
  }

  /** This harness with only the datasets whose name contains {@code part} (all when blank). */
  public ExtractionEval only(String part) {
    return part == null || part.isBlank() ? this
        : new ExtractionEval(datasets.stream().filter(d -> d.name().contains(part)).toList());
  }

  /** Runs every dataset, printing a table (or a SKIPPED line) for each; returns the results. */
  public List<DatasetResult> run(Extractor extractor, PrintStream out) throws IOException {
    List<DatasetResult> results = new ArrayList<>();
    for (Dataset d : datasets) {
      Optional<String> missing = d.missing();
      if (missing.isPresent()) {
        out.println("SKIPPED: " + d.name() + ": " + missing.get());
        continue;
      }
      long t0 = System.nanoTime();
      DatasetResult r = d.run(extractor);
      out.print(r.render());
      out.printf("(%.1f s)%n%n", (System.nanoTime() - t0) / 1e9);
      results.add(r);
    }
    return results;
  }
}
