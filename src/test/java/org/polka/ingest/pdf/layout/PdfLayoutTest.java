package org.polka.ingest.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polka.ingest.pdf.layout.LayoutPdf.BOLD;
import static org.polka.ingest.pdf.layout.LayoutPdf.ROMAN;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.ingest.repair.Lexicon;

class PdfLayoutTest {
  private static final float LEFT = 72;
  private static final float RIGHT = 305;

  @TempDir Path dir;

  /** A two-page, two-column article written row by row across both columns. */
  private Path twoColumnArticle() throws IOException {
    LayoutPdf pdf = new LayoutPdf();
    for (int p = 1; p <= 2; p++) {
      pdf.text(p, LEFT, 40, 9, ROMAN, "Journal of Layout Tests 12 (2026) " + (10 + p) + "-12");
      pdf.text(p, 295, 810, 9, ROMAN, String.valueOf(10 + p));
    }
    pdf.text(1, LEFT, 90, 18, BOLD, "Reading Two Columns in Order")
        .text(1, LEFT, 115, 11, ROMAN, "Ann Example and Bob Sample")
        .text(1, LEFT, 140, 10, BOLD, "Abstract")
        .line(1, LEFT, 155, "We show that a reader of printed pages must follow the columns and must keep the notes apart")
        .line(1, LEFT, 167, "from the running text, whatever order the file writes them in.")
        .line(1, LEFT, 185, "Keywords: layout, columns, footnotes");
    String[] left = {
        "The left column opens the text of the paper",
        "and goes on with a particu-",
        "lar word broken at the end of a",
        "line, which the reader must join.",
        "A second paragraph in the left",
        "column has a marker here",
        "and ends the column with no stop and"};
    String[] right = {
        "continues in the right column as one",
        "sentence, so the paragraph goes on.",
        null,
        "Methods are particular to each study and",
        "they continue on the next page where the"};
    pdf.text(1, LEFT, 220, 12, BOLD, "1 Introduction");
    for (int i = 0; i < left.length; i++) {
      float y = 236 + 12 * i;
      pdf.line(1, i == 4 ? LEFT + 10 : LEFT, y, left[i]);
      if (i < right.length && right[i] != null) {
        pdf.line(1, RIGHT, y, right[i]);
      } else if (i == 2) {
        pdf.text(1, RIGHT, y + 4, 12, BOLD, "2 Methods");
      }
    }
    pdf.text(1, LEFT + LayoutPdf.width(left[5], 10) + 0.5f, 236 + 12 * 5 - 3.5f, 6, ROMAN, "1");
    pdf.text(1, LEFT, 777, 5.5f, ROMAN, "1")
        .text(1, LEFT + 5, 780, 8, ROMAN, "This is the first footnote, set in small type. It runs over the width of the")
        .text(1, LEFT, 790, 8, ROMAN, "page for a second line.");
    pdf.line(2, LEFT, 80, "sentence ends after the page break.")
        .spaced(2, LEFT, 110, 12, "Conclusions")
        .line(2, LEFT, 130, "We conclude that layout matters for the text.")
        .text(2, LEFT, 160, 12, BOLD, "References")
        .line(2, LEFT, 176, "Example, A. (2020). A book on layout. Place: Publisher.")
        .line(2, LEFT, 188, "Sample, B. (2021). Another book. Place: Publisher.");
    Path file = dir.resolve("two-columns.pdf");
    pdf.save(file);
    return file;
  }

  private static Layout read(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return PdfLayout.read(doc, Lexicon.load());
    }
  }

  @Test
  void readsColumnsInOrderAndRejoinsParagraphsAcrossColumnsAndPages() throws IOException {
    Layout layout = read(twoColumnArticle());

    assertThat(layout.sections()).extracting(Section::title)
        .containsExactly("1 Introduction", "2 Methods", "Conclusions");
    assertThat(layout.sections().get(0).paragraphs()).containsExactly(
        "The left column opens the text of the paper and goes on with a particular word broken at"
            + " the end of a line, which the reader must join.",
        "A second paragraph in the left column has a marker here1 and ends the column with no stop"
            + " and continues in the right column as one sentence, so the paragraph goes on.");
    assertThat(layout.sections().get(1).paragraphs()).containsExactly(
        "Methods are particular to each study and they continue on the next page where the sentence"
            + " ends after the page break.");
    assertThat(layout.sections().get(1).level()).isEqualTo(1);
    assertThat(layout.sections().get(2).paragraphs())
        .containsExactly("We conclude that layout matters for the text.");
  }

  @Test
  void setsFootnotesRunningHeadsPageNumbersAndTheHeadApart() throws IOException {
    Layout layout = read(twoColumnArticle());

    assertThat(layout.footnotes()).containsExactly(new Footnote("1",
        "This is the first footnote, set in small type. It runs over the width of the page for a"
            + " second line."));
    assertThat(layout.warnings()).noneMatch(w -> w.startsWith("footnotes whose marker"));
    List<Layout.LabelledLine> lines = layout.lines();
    assertThat(lines).filteredOn(l -> l.text().startsWith("Journal of Layout Tests"))
        .hasSize(2).allMatch(l -> l.kind() == Kind.RUNNING_HEAD);
    assertThat(lines).filteredOn(l -> l.text().equals("11") || l.text().equals("12"))
        .hasSize(2).allMatch(l -> l.kind() == Kind.PAGE_NUMBER);
    assertThat(layout.headerLines().getFirst().text()).isEqualTo("Reading Two Columns in Order");
    assertThat(layout.headerLines().getFirst().fontSize()).isEqualTo(18);
    assertThat(layout.headerLines().getFirst().bold()).isTrue();
    assertThat(lines).filteredOn(l -> l.kind() == Kind.FRONT).extracting(Layout.LabelledLine::text)
        .contains("Reading Two Columns in Order", "Ann Example and Bob Sample",
            "Keywords: layout, columns, footnotes");
    String body = String.join(" ", layout.sections().stream()
        .flatMap(s -> s.paragraphs().stream()).toList());
    assertThat(body).doesNotContain("Journal of Layout", "footnote", "Abstract", "Ann Example");
  }

  @Test
  void keepsTheBibliographyApartInReadingOrder() throws IOException {
    Layout layout = read(twoColumnArticle());

    assertThat(layout.bibliography()).containsExactly(
        "Example, A. (2020). A book on layout. Place: Publisher.",
        "Sample, B. (2021). Another book. Place: Publisher.");
    assertThat(layout.bodyLines()).endsWith("Sample, B. (2021). Another book. Place: Publisher.");
    assertThat(layout.bodyLines().getFirst()).isEqualTo("1 Introduction");
  }

  @Test
  void dropsThePreviousArticlesTailAndSplitsAnIssue() throws IOException {
    LayoutPdf pdf = new LayoutPdf();
    for (int article = 0; article < 2; article++) {
      int p = 1 + 2 * article;
      if (article == 1) {
        for (int i = 0; i < 4; i++) {
          pdf.line(p, LEFT, 70 + 12 * i, "the previous article ends here with its last words of text");
        }
      }
      pdf.text(p, LEFT, 150, 18, BOLD, "Article Number " + (article + 1) + " of the Issue");
      pdf.text(p, LEFT, 180, 12, BOLD, "1 Introduction");
      for (int i = 0; i < 20; i++) {
        pdf.line(p, LEFT, 200 + 12 * i, "Text of article " + (article + 1) + " on its first page, line " + i + ".");
      }
      pdf.text(p + 1, LEFT, 90, 12, BOLD, "References");
      pdf.line(p + 1, LEFT, 106, "Author, A. (2019). Cited work " + (article + 1) + ". Publisher.");
    }
    Path file = dir.resolve("issue.pdf");
    pdf.save(file);

    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      List<Layout> articles = PdfLayout.readIssue(doc, true, Lexicon.load());
      assertThat(articles).extracting(Layout::firstPage).containsExactly(1, 3);
      assertThat(articles).extracting(Layout::lastPage).containsExactly(2, 4);
      Layout second = articles.get(1);
      assertThat(second.headerLines().stream().filter(h -> h.fontSize() == 18).findFirst().orElseThrow()
          .text()).isEqualTo("Article Number 2 of the Issue");
      assertThat(second.lines()).filteredOn(l -> l.text().startsWith("the previous article"))
          .hasSize(4).allMatch(l -> l.kind() == Kind.OTHER_ARTICLE);
      assertThat(second.sections().getFirst().paragraphs().getFirst()).startsWith("Text of article 2");
      assertThat(second.bibliography()).containsExactly("Author, A. (2019). Cited work 2. Publisher.");
    }
  }

  @Test
  void regressionTheHeadStartsOnTheFirstPageWithText() throws IOException {
    LayoutPdf pdf = new LayoutPdf();
    pdf.text(2, LEFT, 90, 12, BOLD, "GE98")
        .text(2, LEFT, 110, 12, ROMAN, "Ability of obturation techniques to fill canal irregularities")
        .text(2, LEFT, 126, 12, ROMAN, "Alabsi S1, Alhadainy HA 2, Darrag AM 2")
        .text(2, LEFT, 142, 12, ROMAN, "Aim To test the ability of gutta-percha to fill irregularities.");
    for (int i = 0; i < 12; i++) {
      pdf.line(2, LEFT, 170 + 12 * i, "The text of the article goes on here in its body type, line " + i + ".");
    }
    Path file = dir.resolve("cover-without-text.pdf");
    pdf.save(file);

    Layout layout = read(file);
    assertThat(layout.firstPage()).isEqualTo(1);
    assertThat(layout.headerLines()).extracting(h -> h.text()).startsWith("GE98",
        "Ability of obturation techniques to fill canal irregularities",
        "Alabsi S1, Alhadainy HA 2, Darrag AM 2");
  }
}
