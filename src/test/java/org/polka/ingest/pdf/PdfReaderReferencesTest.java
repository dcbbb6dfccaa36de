package org.polka.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Reference;
import org.polka.ingest.pdf.layout.Kind;
import org.polka.ingest.pdf.layout.Layout;
import org.polka.ingest.references.ReferenceExtractor;

class PdfReaderReferencesTest {
  private static Layout.LabelledLine line(Kind kind, String text) {
    return new Layout.LabelledLine(text, 10, kind);
  }

  /**
   * Regression: numbered entries printed at a page's foot were taken for footnotes by the layout,
   * so the heading "References" ended the body lines and no entry was read (SSOAR en 20291).
   */
  @Test
  void entriesTakenForFootnotesAreReadAfterTheHeading() {
    Layout layout = new Layout(List.of(), List.of(), List.of(), List.of(),
        List.of("The grant supported the study.", "References"),
        List.of(line(Kind.RUNNING_HEAD, "Eur Child Adolesc Psychiatry"),
            line(Kind.BODY, "The grant supported the study."),
            line(Kind.BIBLIOGRAPHY, "References"),
            line(Kind.FOOTNOTE, "1. Achenbach TM, McConaughy SH (1987) Child behavioral problems."),
            line(Kind.FOOTNOTE, "Psychol Bull 101:213-232"),
            line(Kind.PAGE_NUMBER, "11"),
            line(Kind.FOOTNOTE, "2. Attwood T (1998) Asperger's syndrome. Jessica Kingsley, London")),
        10, 11, List.of());
    List<String> lines = PdfReader.printedLines(layout);
    assertThat(lines).doesNotContain("Eur Child Adolesc Psychiatry", "11").contains("References");
    List<Reference> refs = ReferenceExtractor.standard().fromDocument(lines, layout.bibliography(),
        List.of());
    assertThat(refs).extracting(Reference::year).containsExactly("1987", "1998");
  }
}
