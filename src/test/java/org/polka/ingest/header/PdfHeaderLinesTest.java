package org.polka.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

class PdfHeaderLinesTest {

  @Test
  void linesCarrySizeBoldItalicAndSuperscriptMarkersSetApart() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(FontName.TIMES_BOLD), 18);
        cs.newLineAtOffset(60, 760);
        cs.showText("A Small Model of Yeast");
        cs.setFont(new PDType1Font(FontName.TIMES_ROMAN), 11);
        cs.newLineAtOffset(0, -30);
        cs.showText("Rob Patro");
        cs.setFont(new PDType1Font(FontName.TIMES_ROMAN), 6);
        cs.setTextRise(4);
        cs.showText("1,2");
        cs.setTextRise(0);
        cs.setFont(new PDType1Font(FontName.TIMES_ROMAN), 11);
        cs.showText(", Steven Kelly");
        cs.setFont(new PDType1Font(FontName.TIMES_ITALIC), 9);
        cs.newLineAtOffset(0, -20);
        cs.showText("1 Stony Brook University, New York, USA");
        cs.endText();
      }
      List<HeaderLine> lines = PdfHeaderLines.read(doc, 2);
      assertThat(lines).extracting(HeaderLine::text).containsExactly("A Small Model of Yeast",
          "Rob Patro 1,2 , Steven Kelly", "1 Stony Brook University, New York, USA");
      assertThat(lines.get(0).fontSize()).isEqualTo(18);
      assertThat(lines.get(0).bold()).isTrue();
      assertThat(lines.get(1).fontSize()).isEqualTo(11);
      assertThat(lines.get(1).bold()).isFalse();
      assertThat(lines.get(1).gapBefore()).isGreaterThan(5);
      assertThat(lines.get(2).italic()).isTrue();
      assertThat(lines).allMatch(l -> l.page() == 1);
      Header h = new HeaderParser().parse(lines);
      assertThat(h.title()).isEqualTo("A Small Model of Yeast");
      assertThat(h.authors()).extracting(HeaderAuthor::markers)
          .containsExactly(List.of("1", "2"), List.of());
    }
  }
}
