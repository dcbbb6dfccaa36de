package org.polka.ingest.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a document's pages are split into articles, built from lines set page by page. */
class IssueSplitterTest {
  private static final float HEIGHT = 842;

  /** A page with one large line near its top (when {@code big} is not null) and body lines. */
  private static Page page(int number, String big, String... body) {
    List<Line> lines = new ArrayList<>();
    float y = 100;
    if (big != null) {
      lines.add(new Line(big, number, 72, 400, y - 14, y, 16, true, false, null, false));
      y += 30;
    }
    for (int i = 0; i < 30; i++) {
      lines.add(line(number, y, "Running text of the page, set in the body type, line " + i + "."));
      y += 12;
    }
    for (String b : body) {
      String[] entryAndPage = b.split("\t");
      lines.add(line(number, y, entryAndPage[0]));
      if (entryAndPage.length > 1) {
        lines.add(new Line(entryAndPage[1], number, 480, 500, y - 10, y, 10, false, false, null, false));
      }
      y += 12;
    }
    return new Page(number, 595, HEIGHT, lines);
  }

  private static Line line(int page, float y, String text) {
    return new Line(text, page, 72, 500, y - 10, y, 10, false, false, null, false);
  }

  @Test
  void anIssueWithABibliographyInEveryArticleIsSplit() {
    List<Page> pages = List.of(
        page(1, "Glacier Retreat in the Pamir Mountains"), page(2, null), page(3, null, "References"),
        page(4, "Water Rights along the Vakhsh River"), page(5, null), page(6, null, "References"));

    assertThat(IssueSplitter.split(pages, false)).hasSize(2);
  }

  @Test
  void regressionAnArticleWithLargeSectionHeadingsAndOneBibliographyIsNotSplit() {
    List<Page> pages = List.of(
        page(1, "Contents", "1. Globalization", "2", "2. Time and Space", "5", "3. Literature", "9"),
        page(2, "Globalization and Time in the Modern State"), page(3, null),
        page(4, "2. Time and Space"), page(5, null), page(6, "Conclusions of the Argument"),
        page(7, null), page(8, "Something Else Entirely Here"), page(9, null), page(10, null),
        page(11, null, "Literature"));

    assertThat(IssueSplitter.split(pages, false)).hasSize(1);
  }

  @Test
  void aBibliographyNamedInTheContentsDoesNotCount() {
    List<Page> pages = List.of(
        page(1, "Globalization and Time in the Modern State", "1. Globalization\t2",
            "2. Conclusions\t4", "3. Literature\t6"),
        page(2, null), page(3, null), page(4, "Conclusions of the Argument"), page(5, null),
        page(6, null, "Literature"));

    assertThat(IssueSplitter.split(pages, false)).hasSize(1);
  }

  @Test
  void theSecondLineOfANumberedHeadingIsNoTitle() {
    List<Line> lines = new ArrayList<>(page(3, "3. On Spatio-Temporal Fixes and the").lines());
    lines.add(1, new Line("Contradictions of Capitalism", 3, 72, 400, 106, 120, 16, true, false,
        null, false));
    List<Page> pages = List.of(page(1, "First Article of the Issue"), page(2, null),
        new Page(3, 595, HEIGHT, lines), page(4, null, "References"),
        page(5, "Second Article of the Issue"), page(6, null, "References"));

    assertThat(IssueSplitter.split(pages, false)).extracting(List::size).containsExactly(4, 2);
  }

  @Test
  void numberedSectionHeadingsNeverStartAnArticle() {
    List<Page> pages = List.of(
        page(1, "First Article of the Issue"), page(2, "2. Methods and Material"),
        page(3, null, "References"), page(4, "Second Article of the Issue"),
        page(5, "2. Methods and Material"), page(6, null, "References"));

    assertThat(IssueSplitter.split(pages, false)).extracting(List::size).containsExactly(3, 3);
    assertThat(IssueSplitter.split(pages, true)).extracting(List::size).containsExactly(3, 3);
  }
}
