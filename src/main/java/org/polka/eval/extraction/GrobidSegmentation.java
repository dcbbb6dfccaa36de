package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.polka.ingest.Extractor;
import org.polka.ingest.pdf.layout.Kind;
import org.polka.ingest.pdf.layout.Layout;
import org.polka.ingest.pdf.layout.PdfLayout;
import org.polka.ingest.repair.Lexicon;

/**
 * GROBID's segmentation annotations ({@code segmentation/tei/NAME.training.segmentation.tei.xml})
 * for the PDFs that the shared data has ({@code NAME.pdf} in the PDF folder): each printed line of
 * the gold is a footnote, a running head ({@code headnote}), a page number or other text; the layout
 * reader's lines of each kind are scored against the gold's lines of that kind.
 */
final class GrobidSegmentation implements Dataset {
  private static final String SUFFIX = ".training.segmentation.tei.xml";
  private static final Pattern PART = Pattern.compile(
      "<(note place=\"(footnote|headnote)\"|page|front|body|listBibl|div|back|titlePage|other|cover)[^>]*>(.*?)</(?:note|page|front|body|listBibl|div|back|titlePage|other|cover)>",
      Pattern.DOTALL);
  private static final Map<String, Kind> FIELDS = Map.of(
      "footnote lines", Kind.FOOTNOTE, "running-head lines", Kind.RUNNING_HEAD,
      "page-number lines", Kind.PAGE_NUMBER);

  private final Path teiDir;
  private final Path pdfDir;

  GrobidSegmentation(Path teiDir, Path pdfDir) {
    this.teiDir = teiDir;
    this.pdfDir = pdfDir;
  }

  @Override
  public String name() {
    return "GROBID segmentation annotations with their PDFs (" + teiDir + " + " + pdfDir + ")";
  }

  @Override
  public Optional<String> missing() {
    return Files.isDirectory(teiDir) && Files.isDirectory(pdfDir) ? Optional.empty()
        : Optional.of(teiDir + " or " + pdfDir + " missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    Scores scores = new Scores();
    List<String> notes = new ArrayList<>();
    List<Path> teis;
    try (Stream<Path> files = Files.list(teiDir)) {
      teis = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    }
    int documents = 0;
    for (Path tei : teis) {
      Path pdf = pdfDir.resolve(tei.getFileName().toString().replace(SUFFIX, "") + ".pdf");
      if (!Files.exists(pdf)) {
        continue;
      }
      List<String[]> gold = gold(Files.readString(tei));
      List<Layout.LabelledLine> lines;
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        lines = PdfLayout.read(doc, Lexicon.empty()).lines();
      }
      documents++;
      FIELDS.forEach((field, kind) -> scores.items(field,
          gold.stream().filter(g -> g[0].equals(label(kind))).map(g -> g[1]).toList(),
          lines.stream().filter(l -> l.kind() == kind).map(Layout.LabelledLine::text).toList()));
    }
    notes.add(documents + " annotated documents with a PDF in " + pdfDir);
    return new DatasetResult(name(), scores, List.copyOf(FIELDS.keySet()), notes);
  }

  private static String label(Kind kind) {
    return switch (kind) {
      case FOOTNOTE -> "footnote";
      case RUNNING_HEAD -> "headnote";
      default -> "page";
    };
  }

  /** The gold's lines as {label, text}: footnote, headnote, page or other. */
  static List<String[]> gold(String tei) {
    List<String[]> out = new ArrayList<>();
    Matcher m = PART.matcher(tei);
    while (m.find()) {
      String label = m.group(2) != null ? m.group(2) : m.group(1).equals("page") ? "page" : "other";
      for (String line : m.group(3).split("<lb/>")) {
        String text = line.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
            .replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
          out.add(new String[] {label, text});
        }
      }
    }
    return out;
  }
}
