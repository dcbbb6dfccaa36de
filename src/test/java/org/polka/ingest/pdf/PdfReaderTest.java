package org.polka.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.Article;
import org.polka.article.ArticleJson;
import org.polka.article.Author;
import org.polka.ingest.CollectingSink;

class PdfReaderTest {
  private static final String TITLE_1 = "Migration and Remittances in";
  private static final String TITLE_2 = "Post-Soviet Tajikistan";

  @TempDir Path dir;
  private final PdfReader reader = new PdfReader();

  @Test
  void readsTitleFromTheLargestFontAndBodyParagraphsFromBothPages() throws IOException {
    Path pdf = save("article.pdf", twoPageArticle(null));
    CollectingSink sink = read(pdf);
    assertThat(sink.problems).isEmpty();
    Article a = sink.articles().getFirst();
    assertThat(a.title()).isEqualTo(TITLE_1 + " " + TITLE_2);
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.source().format()).isEqualTo("pdf");
    assertThat(a.source().pages()).isEqualTo(2);
    assertThat(a.sections()).hasSize(1);
    assertThat(a.paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Labour migration shapes"));
    assertThat(a.paragraphs()).anySatisfy(p -> assertThat(p).contains("second page continues"));
    assertThat(a.paragraphs()).noneSatisfy(p -> assertThat(p).contains("\n\n"));
    assertThat(ArticleJson.read(ArticleJson.write(a))).as("survives JSON").isEqualTo(a);
  }

  @Test
  void usesDocumentInformationButIgnoresJunkTitles() throws IOException {
    PDDocument junk = twoPageArticle("Microsoft Word - draft7.doc");
    junk.getDocumentInformation().setAuthor("Bakhtier Rashidov; Anna Petrova");
    junk.getDocumentInformation().setKeywords("migration, remittances; Tajikistan");
    Article a = read(save("junk.pdf", junk)).articles().getFirst();
    assertThat(a.title()).isEqualTo(TITLE_1 + " " + TITLE_2);
    assertThat(a.authors()).containsExactly(Author.named("Bakhtier Rashidov"),
        Author.named("Anna Petrova"));
    assertThat(a.keywords()).containsExactly("migration", "remittances", "Tajikistan");

    Article named = read(save("good.pdf", twoPageArticle("Remittances and Households")))
        .articles().getFirst();
    assertThat(named.title()).as("the printed title wins").isEqualTo(TITLE_1 + " " + TITLE_2);
    PDDocument untitled = new PDDocument();
    untitled.addPage(new PDPage(PDRectangle.A4));
    try (var cs = new PDPageContentStream(untitled, untitled.getPage(0))) {
      write(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10, 750, 12,
          List.of("Only body text on this page, in one size, no title printed."));
    }
    untitled.getDocumentInformation().setTitle("Remittances and Households");
    assertThat(read(save("untitled.pdf", untitled)).articles().getFirst().title())
        .as("the metadata title when none is printed").isEqualTo("Remittances and Households");
  }

  @Test
  void encryptedPdfIsAProblem() throws IOException {
    PDDocument doc = twoPageArticle(null);
    var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    doc.protect(policy);
    CollectingSink sink = read(save("locked.pdf", doc));
    assertThat(sink.records).isEmpty();
    assertThat(sink.problems).containsExactly(
        new CollectingSink.Problem("locked.pdf", "encrypted PDF (password required)"));
  }

  @Test
  void pageWithOnlyAnImageNeedsOcr() throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    var image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().drawString("scanned words", 10, 50);
    try (var cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(LosslessFactory.createFromImage(doc, image), 72, 600);
    }
    CollectingSink sink = read(save("scan.pdf", doc));
    assertThat(sink.records).isEmpty();
    assertThat(sink.problems).containsExactly(
        new CollectingSink.Problem("scan.pdf", "no text layer (needs OCR)"));
  }

  @Test
  void corruptEmptyAndNonPdfFilesAreProblems() throws IOException {
    Path whole = save("whole.pdf", twoPageArticle(null));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, 40));
    Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
    Path text = Files.writeString(dir.resolve("notes.pdf"), "just some notes, not a PDF");
    for (Path p : List.of(cut, empty, text)) {
      CollectingSink sink = read(p);
      assertThat(sink.records).as(p.toString()).isEmpty();
      assertThat(sink.problems).as(p.toString()).singleElement()
          .satisfies(problem -> assertThat(problem.reason()).startsWith("not a readable PDF: "));
    }
  }

  @Test
  void acceptsPdfMagicOrExtension() {
    byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] other = "hello".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(reader.accepts(Path.of("paper"), magic)).isTrue();
    assertThat(reader.accepts(Path.of("Paper.PDF"), other)).isTrue();
    assertThat(reader.accepts(Path.of("paper.txt"), other)).isFalse();
  }

  @Test
  void regressionAuthorBlocksPrintedSideBySideAreEachFound() throws IOException {
    PDDocument doc = new PDDocument();
    var bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    var plain = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    String[] names = {"Muhammad Atif Iqbal", "Athar Mohsin Zaidi", "Saeed Murtaza"};
    try (var cs = new PDPageContentStream(doc, page)) {
      write(cs, bold, 16, 760, 20, List.of("A New Requirement Prioritization Model for Products"));
      for (int b = 0; b < names.length; b++) {
        float x = 72 + 170 * b;
        writeAt(cs, plain, 11, x, 720, names[b]);
        writeAt(cs, plain, 10, x, 706, "Department of Computing,");
        writeAt(cs, plain, 10, x, 694, "NUST, Pakistan");
      }
      write(cs, plain, 10, 660, 12, List.of(
          "Abstract: As compared to bespoke software development, in market driven software",
          "development huge numbers of requirements come from many different users and we",
          "present a new model for requirement prioritization that reduces the comparisons."));
    }
    Article a = read(save("side-by-side.pdf", doc)).articles().getFirst();
    assertThat(a.authors()).extracting(Author::name).containsExactly(names);
  }

  private static void writeAt(PDPageContentStream cs, PDType1Font font, float size, float x,
      float y, String text) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(text);
    cs.endText();
  }

  /** Two pages: a two-line title in 20 pt bold, body paragraphs in 10 pt. */
  private static PDDocument twoPageArticle(String metadataTitle) throws IOException {
    PDDocument doc = new PDDocument();
    var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    var plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDPage first = new PDPage(PDRectangle.A4);
    doc.addPage(first);
    try (var cs = new PDPageContentStream(doc, first)) {
      float y = write(cs, bold, 20, 750, 24, List.of(TITLE_1, TITLE_2));
      y = write(cs, plain, 10, y - 30, 12, List.of(
          "Labour migration shapes the economy of the country in many ways.",
          "Remittances sent home pay for food, schooling and houses."));
      write(cs, plain, 10, y - 24, 12, List.of(
          "A second paragraph starts after a wider gap between the lines.",
          "It describes the survey of households in three regions."));
    }
    PDPage second = new PDPage(PDRectangle.A4);
    doc.addPage(second);
    try (var cs = new PDPageContentStream(doc, second)) {
      write(cs, plain, 10, 750, 12, List.of(
          "The second page continues the discussion of the results.",
          "Households with migrants spend more on education."));
    }
    if (metadataTitle != null) {
      doc.getDocumentInformation().setTitle(metadataTitle);
    }
    return doc;
  }

  private static float write(PDPageContentStream cs, PDType1Font font, float size, float y,
      float leading, List<String> lines) throws IOException {
    float at = y;
    for (String line : lines) {
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(72, at);
      cs.showText(line);
      cs.endText();
      at -= leading;
    }
    return at;
  }

  private Path save(String name, PDDocument doc) throws IOException {
    Path file = dir.resolve(name);
    try (doc) {
      doc.save(file.toFile());
    }
    return file;
  }

  private CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink;
  }
}
