package org.polka.eval.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.polka.ingest.Extractor;
import org.polka.ingest.pdf.layout.Kind;
import org.polka.ingest.pdf.layout.Layout;
import org.polka.ingest.pdf.layout.PdfLayout;
import org.polka.ingest.repair.Lexicon;

/**
 * A count of line-break errors left in the text the PDF reader gives (body paragraphs and
 * footnotes, as the record carries them), per 10,000 words, judged against the printed lines.
 *
 * <p>Every printed line that ends in a hyphen after a letter, before a line that starts with a
 * letter, is a break to judge. Its right answer is the spelling the document uses inside its
 * printed lines (away from any line end), else the spelling the whole dataset uses there: joined
 * ("particular") or hyphenated ("socio-economic"); a break whose word is spelled neither way, or
 * both ways equally, is left unjudged and counted apart. An error is a break whose word the text
 * lacks in the right spelling: left broken, or a real hyphen dropped. Two more errors are counted
 * in the text itself: a hyphen and a space inside a word ("particu- lar", but not a suspended
 * compound, "pre- and post-war"), and a word split by a space at a printed line end whose parts
 * the dataset uses nowhere else but whose join it does ("particu lar").
 */
final class BrokenWords implements Dataset {
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
    Lexicon lexicon = Lexicon.load();
    List<LineBreaks> docs = pdfs.parallelStream().map(p -> read(p, lexicon)).toList();
    Map<String, Integer> printed = new HashMap<>();
    Map<String, Integer> vocabulary = new HashMap<>();
    for (LineBreaks d : docs) {
      d.printed().forEach((w, n) -> printed.merge(w, n, Integer::sum));
      d.output().forEach((w, n) -> vocabulary.merge(w, n, Integer::sum));
    }
    LineBreaks.Errors total = new LineBreaks.Errors();
    for (LineBreaks d : docs) {
      d.judge(printed, vocabulary, total);
    }
    int words = docs.stream().mapToInt(LineBreaks::words).sum();
    int errors = total.count();
    Scores scores = new Scores();
    scores.check("no broken word left (documents)", errors == 0);
    List<String> notes = List.of(
        docs.size() + " PDFs, " + words + " words, " + total.judged + " line-end hyphens judged ("
            + total.unjudged + " unjudged: neither spelling found elsewhere)",
        errors + " errors = " + String.format(Locale.ROOT, "%.2f", 10_000.0 * errors / Math.max(1, words))
            + " per 10,000 words (target <= 1): " + total.leftBroken.size() + " left broken, "
            + total.wronglyJoined.size() + " real hyphens dropped, " + total.spaced.size()
            + " hyphen-space inside a word, " + total.split.size() + " split by a space",
        "left broken: " + examples(total.leftBroken),
        "real hyphens dropped: " + examples(total.wronglyJoined),
        "hyphen-space: " + examples(total.spaced) + "; split: " + examples(total.split));
    return new DatasetResult(name(), scores, List.of(), notes);
  }

  private static String examples(List<String> items) {
    return String.join(", ", items.subList(0, Math.min(15, items.size())));
  }

  /** The PDF read as one article; its printed lines and its repaired text. */
  private static LineBreaks read(Path pdf, Lexicon lexicon) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      Layout layout = PdfLayout.read(doc, lexicon);
      List<String> text = new ArrayList<>();
      layout.sections().forEach(s -> text.addAll(s.paragraphs()));
      layout.footnotes().forEach(f -> text.add(f.text()));
      return new LineBreaks(pdf.getFileName().toString(), printed(layout, Kind.BODY),
          printed(layout, Kind.FOOTNOTE), String.join("\n", text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pdf, e);
    }
  }

  private static List<String> printed(Layout layout, Kind kind) {
    return layout.lines().stream().filter(l -> l.kind() == kind).map(Layout.LabelledLine::text).toList();
  }
}
