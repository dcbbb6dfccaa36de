package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * reader's lines of each kind are scored against the gold's of that kind, token by token (as GROBID
 * scores its labelling models, so that lines split differently are no error) and line by line,
 * with ligatures and accents folded on both sides.
 */
final class GrobidSegmentation implements Dataset {
  private static final String SUFFIX = ".training.segmentation.tei.xml";
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern NOTE = Pattern.compile("^<note[^>]*place=\"(footnote|headnote)\"");
  private static final List<String> LABELS = List.of("footnote", "headnote", "page");

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
      List<String[]> ours;
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        ours = ours(PdfLayout.read(doc, Lexicon.empty()).lines());
      }
      documents++;
      for (String label : LABELS) {
        scoreTokens(scores.field(label + " tokens"), texts(gold, label), texts(ours, label));
      }
      for (String label : LABELS) {
        scores.items(label + " lines", texts(gold, label).stream().map(GrobidSegmentation::plain).toList(),
            texts(ours, label).stream().map(GrobidSegmentation::plain).toList());
      }
    }
    notes.add(documents + " annotated documents with a PDF in " + pdfDir);
    notes.add("tokens: GROBID's token-level scoring of a labelling, blind to how lines are split;"
        + " GROBID labels a running footer \"footnote\", so ours at the page foot count as such");
    return new DatasetResult(name(), scores, LABELS.stream().map(l -> l + " tokens").toList(), notes);
  }

  /** Our lines as {label, text} in GROBID's labels; furniture after a page's text is its foot. */
  static List<String[]> ours(List<Layout.LabelledLine> lines) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Layout.LabelledLine l = lines.get(i);
      String label = switch (l.kind()) {
        case FOOTNOTE -> "footnote";
        case PAGE_NUMBER -> "page";
        case RUNNING_HEAD -> atFoot(lines, i) ? "footnote" : "headnote";
        default -> "other";
      };
      out.add(new String[] {label, l.text()});
    }
    return out;
  }

  private static boolean atFoot(List<Layout.LabelledLine> lines, int i) {
    int page = lines.get(i).page();
    for (int j = i - 1; j >= 0 && lines.get(j).page() == page; j--) {
      Kind k = lines.get(j).kind();
      if (k != Kind.RUNNING_HEAD && k != Kind.PAGE_NUMBER) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(List<String[]> lines, String label) {
    return lines.stream().filter(l -> l[0].equals(label)).map(l -> l[1]).toList();
  }

  /** Counts the tokens of both sides, right as many times as both have a token. */
  private static void scoreTokens(FieldCounts counts, List<String> gold, List<String> ours) {
    Map<String, Integer> g = new HashMap<>();
    Map<String, Integer> o = new HashMap<>();
    gold.forEach(t -> tokens(t).forEach(w -> g.merge(w, 1, Integer::sum)));
    ours.forEach(t -> tokens(t).forEach(w -> o.merge(w, 1, Integer::sum)));
    int right = g.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), o.getOrDefault(e.getKey(), 0))).sum();
    counts.add(g.values().stream().mapToInt(Integer::intValue).sum(),
        o.values().stream().mapToInt(Integer::intValue).sum());
    for (Matcher m : Matcher.values()) {
      counts.correct(m, right);
    }
  }

  /**
   * The text without what two extractions of one PDF render differently: ligatures ("ﬁ"),
   * accents and the spacing modifiers some write instead ("Lemaˆ tre" for "Lemaître").
   */
  static String plain(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[\\p{M}\\p{Sk}]", "")
        .replaceAll("\\s+", " ").strip();
  }

  private static List<String> tokens(String text) {
    return Arrays.stream(plain(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty()).toList();
  }

  /**
   * The gold's lines as {label, text}: footnote, headnote, page or other. Elements nest (a note
   * inside the body), so each piece of text takes the label of the innermost labelled element.
   */
  static List<String[]> gold(String tei) {
    List<String[]> out = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    java.util.regex.Matcher m = TAG.matcher(tei);
    int from = tei.indexOf("<text");
    StringBuilder line = new StringBuilder();
    m.region(Math.max(0, from), tei.length());
    int last = m.regionStart();
    while (m.find()) {
      line.append(tei, last, m.start());
      last = m.end();
      String tag = m.group();
      boolean lineBreak = tag.startsWith("<lb");
      if (lineBreak || !tag.endsWith("/>")) {
        flush(out, open.isEmpty() ? "other" : open.peek(), line);
      }
      if (tag.startsWith("</")) {
        open.poll();
      } else if (!tag.endsWith("/>") && !tag.startsWith("<!")) {
        java.util.regex.Matcher note = NOTE.matcher(tag);
        open.push(note.find() ? note.group(1) : tag.startsWith("<page") ? "page"
            : open.isEmpty() ? "other" : open.peek());
      }
    }
    return out;
  }

  private static void flush(List<String[]> out, String label, StringBuilder line) {
    String text = line.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    line.setLength(0);
    if (!text.isEmpty()) {
      out.add(new String[] {label, text});
    }
  }
}
