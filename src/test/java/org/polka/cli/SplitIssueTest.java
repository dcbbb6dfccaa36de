package org.polka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.ArticleJson;

/**
 * {@code --split-issue} on {@code polka extract} and {@code polka ingest}: a four-page issue of two
 * articles, too short to be taken for an issue unasked, is split only with the flag.
 */
class SplitIssueTest {
  private static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private static final String[] TITLES = {"Glacier Retreat in the Pamir Mountains",
      "Water Rights along the Vakhsh River"};

  @TempDir Path dir;

  /** Two articles of two pages each: title, authors, text; then text and a bibliography. */
  private Path issue() throws IOException {
    Path file = dir.resolve("issue.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int a = 0; a < 2; a++) {
        PDPage first = page(doc);
        try (PDPageContentStream s = new PDPageContentStream(doc, first)) {
          text(s, 150, 18, BOLD, TITLES[a]);
          text(s, 175, 11, ROMAN, a == 0 ? "Anna Petrova and John Smith" : "Maria Cruz and Ivan Ivanov");
          text(s, 200, 12, BOLD, "1 Introduction");
          for (int i = 0; i < 25; i++) {
            text(s, 216 + 12 * i, 10, ROMAN, "The text of article " + (a + 1)
                + " runs on its first page in body type, line " + i + ".");
          }
        }
        PDPage second = page(doc);
        try (PDPageContentStream s = new PDPageContentStream(doc, second)) {
          for (int i = 0; i < 10; i++) {
            text(s, 80 + 12 * i, 10, ROMAN, "The text of article " + (a + 1)
                + " goes on over its second page, line " + i + ".");
          }
          text(s, 220, 12, BOLD, "References");
          text(s, 236, 10, ROMAN, "Author, A. (2019). Cited work " + (a + 1) + ". Dushanbe: Publisher.");
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static PDPage page(PDDocument doc) {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    return page;
  }

  private static void text(PDPageContentStream s, float y, float size, PDType1Font font, String text)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(72, PDRectangle.A4.getHeight() - y);
    s.showText(text);
    s.endText();
  }

  private static String run(Callable<Integer> command, List<Integer> codes) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      codes.add(command.call());
    } finally {
      System.setOut(saved);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void extractSplitsTheIssueOnlyWithTheFlag() throws Exception {
    Path pdf = issue();
    List<Integer> codes = new ArrayList<>();

    JsonNode whole = ArticleJson.mapper().readTree(run(() -> Main.run("extract", pdf.toString()), codes));
    JsonNode split = ArticleJson.mapper().readTree(
        run(() -> Main.run("extract", "--split-issue", pdf.toString()), codes));

    assertThat(codes).containsOnly(0);
    assertThat(whole.isObject()).as("one record without the flag").isTrue();
    assertThat(whole.path("title").asText()).isEqualTo(TITLES[0]);
    assertThat(split.isArray()).isTrue();
    assertThat(split).extracting(n -> n.path("title").asText()).containsExactly(TITLES);
    assertThat(split.get(1).path("authors")).extracting(n -> n.path("name").asText())
        .containsExactly("Maria Cruz", "Ivan Ivanov");
  }

  @Test
  void ingestSplitsTheIssueOnlyWithTheFlag() throws Exception {
    Path pdf = issue();
    List<Integer> codes = new ArrayList<>();

    String plain = run(() -> Main.run("ingest", "--data", dir.resolve("plain").toString(),
        pdf.toString()), codes);
    String split = run(() -> Main.run("ingest", "--data", dir.resolve("split").toString(),
        "--split-issue", pdf.toString()), codes);

    assertThat(codes).containsOnly(0);
    assertThat(plain).contains("added 1, updated 0, unchanged 0, failed 0");
    assertThat(split).contains("added 2, updated 0, unchanged 0, failed 0");
  }
}
