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

/** Footnotes as German journals set them, each page built the way the real papers print it. */
class FootnoteLayoutTest {
  private static final String BODY_LINE = "Die Selbstverwaltung der Krankenkassen steht seit";

  @TempDir Path dir;

  private Layout read(LayoutPdf pdf) throws IOException {
    Path file = dir.resolve("page.pdf");
    pdf.save(file);
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return PdfLayout.read(doc, Lexicon.empty());
    }
  }

  private static String body(Layout layout) {
    return String.join(" ", layout.sections().stream().flatMap(s -> s.paragraphs().stream()).toList());
  }

  /**
   * Regression: notes at the foot of the left column, in 7 pt, stand level (a point apart) with
   * the right column's 9.5 pt body, 17 points to their right. Each note line was taken for a raised marker of the body line
   * beside it and glued to it, so the notes were lost in the body.
   */
  @Test
  void regressionNotesLevelWithTheOtherColumnsBodyStayNotes() throws IOException {
    String[][] notes = {
        {"16 Hans-Böckler-Stiftung: Noch viel Potenzial – Selbstverwaltung der", "Krankenkassen, in: Böckler Impuls 2/2008, S. 6"},
        {"17 vgl. Udo Kruse/Silke Kruse: Sozialwahl 2011 – Selbstverwaltung", "zwischen Staat und Wirtschaft, in: WzS 8/2010, S. 237"},
        {"18 Wolfgang Schroeder: Zur Reform der sozialen Selbstverwaltung,", "Düsseldorf 2006, S. 97"}};
    float right = 62 + LayoutPdf.width(notes[0][0], 7) + 17;
    LayoutPdf pdf = new LayoutPdf();
    for (int i = 0; i < 40; i++) {
      float y = 80 + 12 * i;
      if (i < 30) {
        pdf.text(1, 62, y, 9.5f, ROMAN, BODY_LINE);
      }
      pdf.text(1, right, y + (i >= 30 ? 1 : 0), 9.5f, ROMAN, BODY_LINE);
    }
    float y = 80 + 12 * 30;
    for (String[] note : notes) {
      pdf.text(1, 62, y, 7, ROMAN, note[0]).text(1, 77, y + 12, 7, ROMAN, note[1]);
      y += 24;
    }

    Layout layout = read(pdf);

    assertThat(layout.footnotes()).extracting(Footnote::label).containsExactly("16", "17", "18");
    assertThat(layout.footnotes().get(1).text()).isEqualTo("vgl. Udo Kruse/Silke Kruse: Sozialwahl 2011"
        + " – Selbstverwaltung zwischen Staat und Wirtschaft, in: WzS 8/2010, S. 237");
    assertThat(body(layout)).doesNotContain("Kruse", "Böckler", "Düsseldorf");
  }

  /**
   * Regression: each note's number stands alone in the margin, in 8 pt bold, three points above
   * the baseline of its 9 pt text, which starts 47 points to the right. No line started with a
   * marker, so no note was found; the last number was taken for a page number.
   */
  @Test
  void regressionHangingBoldMarkersLabelTheirNotes() throws IOException {
    LayoutPdf pdf = new LayoutPdf();
    for (int i = 0; i < 45; i++) {
      pdf.text(1, 71, 100 + 13 * i, 11, ROMAN, "Der Umfang der Handelsbeziehungen wird in den nächsten Jahren");
    }
    String[] notes = {
        "The Hindu, 26.3.1997.",
        "Interfax, 12.2.1997, zit. n. SWB SU/2843 B/13, 14.2.1997.",
        "Indien und Russland erneuern ihre Partnerschaft, in: NZZ, 24.12.1997, S. 10."};
    for (int n = 0; n < notes.length; n++) {
      float y = 701 + 11 * n;
      pdf.text(1, 71, y - 3.5f, 8, BOLD, String.valueOf(n + 1)).text(1, 118, y, 9, ROMAN, notes[n]);
    }

    Layout layout = read(pdf);

    assertThat(layout.footnotes()).containsExactly(new Footnote("1", notes[0]),
        new Footnote("2", notes[1]), new Footnote("3", notes[2]));
    assertThat(layout.lines()).noneMatch(l -> l.kind() == Kind.PAGE_NUMBER);
    assertThat(body(layout)).doesNotContain("Interfax");
  }

  /**
   * Side notes: a statistical monthly prints its notes in 6.5 pt in a narrow column in the outer
   * margin, beside two columns of 9 pt text, some level with a body line 30 points to their left.
   * They were glued to the body lines or left in the body.
   */
  @Test
  void sideNotesInTheOuterMarginAreNotes() throws IOException {
    LayoutPdf pdf = new LayoutPdf();
    for (int i = 0; i < 40; i++) {
      pdf.text(1, 41, 80 + 12 * i, 9, ROMAN, "Die Vereinbarkeit von Beruf und Familie ist")
          .text(1, 251, 80 + 12 * i, 9, ROMAN, "nicht mehr länger Frauensache. Auch für");
    }
    String[] notes = {"1 Vgl. unter anderem", "Gärtner, Marc (2012):", "Männer und Familie",
        "und Beruf. Opladen.", "2 Statistisches Bundes-", "amt (2013): Elterngeld", "2011. Wiesbaden."};
    for (int i = 0; i < notes.length; i++) {
      pdf.text(1, i == 0 || i == 4 ? 471 : 478, 176 + 8 * i, 6.5f, ROMAN, notes[i]);
    }

    Layout layout = read(pdf);

    assertThat(layout.footnotes()).containsExactly(
        new Footnote("1", "Vgl. unter anderem Gärtner, Marc (2012): Männer und Familie und Beruf. Opladen."),
        new Footnote("2", "Statistisches Bundesamt (2013): Elterngeld 2011. Wiesbaden."));
    assertThat(body(layout)).doesNotContain("Gärtner", "Elterngeld");
  }

  /** Regression: a heading in small capitals ("I." 9.5 pt, "INTRODUCTION" 7.5 pt) stays one line. */
  @Test
  void regressionASmallCapsHeadingStaysOneLine() throws IOException {
    LayoutPdf pdf = new LayoutPdf();
    for (int i = 0; i < 20; i++) {
      pdf.text(1, 70, 100 + 11 * i, 9.5f, ROMAN, "A path break results in two types of control traffic");
    }
    pdf.text(1, 148, 340, 9.5f, ROMAN, "I.").text(1, 165, 340, 7.5f, ROMAN, "INTRODUCTION");

    Layout layout = read(pdf);

    assertThat(layout.lines()).extracting(Layout.LabelledLine::text).contains("I. INTRODUCTION");
  }
}
