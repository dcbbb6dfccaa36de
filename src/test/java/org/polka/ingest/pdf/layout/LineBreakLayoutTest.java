package org.polka.ingest.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polka.ingest.pdf.layout.LayoutPdf.BOLD;
import static org.polka.ingest.pdf.layout.LayoutPdf.ROMAN;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Footnote;
import org.polka.ingest.repair.Lexicon;

/** Line-end hyphens, narrow gutters and small print that is not a note, on PDFs built here. */
class LineBreakLayoutTest {
  private static final float LEFT = 50;

  @TempDir Path dir;

  private Layout read(LayoutPdf pdf) throws IOException {
    Path file = dir.resolve("test.pdf");
    pdf.save(file);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return PdfLayout.read(doc, Lexicon.load());
    }
  }

  /** A page with a title and a dozen lines of running text in 10 points. */
  private static LayoutPdf withBody(String title) {
    LayoutPdf pdf = new LayoutPdf().text(1, 72, 60, 16, BOLD, title);
    for (int i = 0; i < 12; i++) {
      pdf.line(1, 72, 100 + 12 * i, "Line " + (i + 1) + " of the running text, set in the size of the body and long enough.");
    }
    return pdf;
  }

  private static String body(Layout layout) {
    return String.join("\n", layout.sections().stream().flatMap(s -> s.paragraphs().stream()).toList());
  }

  /** Regression (SSOAR 22799): a gutter of 1.3 em merged the columns' rows into one line. */
  @Test
  void keepsColumnsApartAcrossANarrowGutter() throws IOException {
    String[] left = {
        "Members could neither see nor were they able",
        "to directly and closely monitor one another’s per-",
        "formance, but simply work in one another’s",
        "presence or within a cooperative dyad of two",
        "in the collective condition of the task we set.",
        "The group task is additive and the group score",
        "is the simple sum of the members’ scores, and",
        "it is information reducing as we have shown."};
    String[] right = {
        "own level of performance. A coaction control",
        "condition has typically been used rather than",
        "a lone individual performer to control for",
        "nuisance factors like modeling and distraction",
        "and the mere presence of another performer.",
        "Unfortunately the coaction control condition",
        "also allows a direct and immediate comparison",
        "of scores with another performer at the end."};
    float width = 0;
    for (String s : left) {
      width = Math.max(width, LayoutPdf.width(s, 9));
    }
    LayoutPdf pdf = new LayoutPdf().text(1, LEFT, 60, 16, BOLD, "Social Compensation in Groups");
    for (int i = 0; i < left.length; i++) {
      pdf.text(1, LEFT, 100 + 11 * i, 9, ROMAN, left[i]);
      pdf.text(1, LEFT + width + 12, 100 + 11 * i, 9, ROMAN, right[i]);
    }
    String text = body(read(pdf));
    assertThat(text).contains("closely monitor one another’s performance, but simply work")
        .doesNotContain("per- own").doesNotContain("perown");
  }

  /** Regression (SSOAR 22654, 22925, 37125): prefix and word at a line end; hyphens within lines. */
  @Test
  void judgesOnlyTheHyphensThatEndedALine() throws IOException {
    LayoutPdf pdf = new LayoutPdf().text(1, 72, 60, 16, BOLD, "Hyphens at Line Ends")
        .line(1, 72, 100, "A chip that pre-")
        .line(1, 72, 112, "vents harm is a non-profit idea; one method of over-")
        .line(1, 72, 124, "coming the problem is to study socio-")
        .line(1, 72, 136, "economic status, and nonprofit bodies re-")
        .line(1, 72, 148, "evaluated it in a military-political sense.");
    String text = body(read(pdf));
    assertThat(text).contains("A chip that prevents harm", "a non-profit idea", "method of overcoming",
        "study socio-economic status", "bodies re-evaluated it", "military-political");
  }

  /** Regression (GROBID Wang-paperAVE2008 p. 5): a small-print list after "References". */
  @Test
  void takesNoReferenceListForNotes() throws IOException {
    LayoutPdf pdf = withBody("Answer Validation")
        .text(1, 72, 640, 12, BOLD, "References")
        .text(1, 72, 660, 8, ROMAN, "1. Bar-Haim, R., Dagan, I. 2006. The Second PASCAL Recognising Textual")
        .text(1, 72, 670, 8, ROMAN, "Entailment Challenge. Venice, Italy.")
        .text(1, 72, 680, 8, ROMAN, "2. Bunescu, R. and Mooney, R. 2006. Subsequence Kernels for Relation")
        .text(1, 72, 690, 8, ROMAN, "Extraction. MIT Press.");
    Layout layout = read(pdf);
    assertThat(layout.footnotes()).isEmpty();
    assertThat(layout.lines()).filteredOn(l -> l.text().contains("Bunescu"))
        .extracting(Layout.LabelledLine::kind).doesNotContain(Kind.FOOTNOTE).isNotEmpty();
  }

  /** Regression (GROBID 1001._0908.0054 p. 4): bracketed references at a column's foot. */
  @Test
  void takesNoBracketedReferencesForNotes() throws IOException {
    LayoutPdf pdf = withBody("Dark Matter Condensates")
        .text(1, 72, 740, 8, ROMAN, "[14] Lesgourgues J. and Pastor S. Physics Reports 429 (2006) 307 -")
        .text(1, 72, 750, 8, ROMAN, "379. [astro-ph/0603494].")
        .text(1, 72, 760, 8, ROMAN, "[15] Ma C., and Bertschinger E. Astrophys. J. 455, 7 (1995).");
    assertThat(read(pdf).footnotes()).isEmpty();
  }

  @Test
  void stillTakesNumberedNotesAtThePageFoot() throws IOException {
    LayoutPdf pdf = withBody("Notes Stay Notes")
        .text(1, 72, 760, 8, ROMAN, "1 Vgl. Bundesregierung (Hrsg.), Lebenslagen in Deutschland, Köln 2008.")
        .text(1, 72, 770, 8, ROMAN, "2 Die Linke, Wahlprogramm 2009, S. 56.");
    assertThat(read(pdf).footnotes()).extracting(Footnote::label).containsExactly("1", "2");
  }
}
