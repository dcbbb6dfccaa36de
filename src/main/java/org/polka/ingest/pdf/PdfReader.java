package org.polka.ingest.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.polka.ingest.pdf.layout.Layout;
import org.polka.ingest.pdf.layout.PdfLayout;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.SourceFile;
import org.polka.ingest.ArticleReader;
import org.polka.ingest.Languages;
import org.polka.ingest.ReadSink;

/**
 * A reader of PDF articles with a text layer, by their layout: title, authors and keywords from
 * the document information and the first page, the body as sections of paragraphs in reading
 * order, footnotes apart, page furniture dropped (see {@link PdfLayout}).
 *
 * <p>With {@code splitIssue} a whole journal issue becomes one record per article; without it an
 * issue is split only when it plainly holds several articles.
 */
public final class PdfReader implements ArticleReader {
  private static final int ABSTRACT_MIN_WORDS = 20;

  private final boolean splitIssue;

  /** A reader that splits a document into articles only when it is plainly a journal issue. */
  public PdfReader() {
    this(false);
  }

  /** A reader that, with {@code splitIssue}, always reads a document as a journal issue. */
  public PdfReader(boolean splitIssue) {
    this.splitIssue = splitIssue;
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    boolean magic = head.length >= 4
        && new String(head, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF");
    return magic || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  @Override
  public void read(Path file, ReadSink sink) throws IOException {
    String name = file.getFileName().toString();
    if (!Files.isReadable(file)) {
      throw new IOException("cannot read " + file);
    }
    try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
        "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      List<Layout> articles = PdfLayout.readIssue(document, splitIssue);
      if (articles.stream().noneMatch(PdfReader::hasText)) {
        sink.problem(name, "no text layer (needs OCR)");
        return;
      }
      boolean issue = articles.size() > 1;
      for (Layout layout : articles) {
        String where = issue ? name + " pp. " + layout.firstPage() + "-" + layout.lastPage() : name;
        sink.record(article(document, layout, name, issue), where);
      }
    } catch (InvalidPasswordException e) {
      sink.problem(name, "encrypted PDF (password required)");
    } catch (IOException | RuntimeException e) {
      sink.problem(name, "not a readable PDF: " + reason(e));
    }
  }

  private static boolean hasText(Layout layout) {
    return layout.lines().stream().anyMatch(l -> !l.text().isBlank());
  }

  private static Article article(PDDocument document, Layout layout, String name, boolean issue) {
    PDDocumentInformation info = document.getDocumentInformation();
    String metaTitle = issue ? null : PdfMetadata.title(info.getTitle(), name);
    String pageTitle = FirstPageTitle.of(layout.headerLines());
    String text = layout.sections().stream().flatMap(s -> s.paragraphs().stream())
        .collect(Collectors.joining("\n"));
    var b = Article.builder()
        .title(metaTitle != null ? metaTitle : pageTitle)
        .language(Languages.guess(text.isBlank() ? String.join(" ", layout.bodyLines()) : text))
        .sections(layout.sections())
        .footnotes(layout.footnotes())
        .source(new SourceFile(name, "pdf", layout.lastPage() - layout.firstPage() + 1));
    if (!issue) {
      b.authors(PdfMetadata.names(info.getAuthor()).stream().map(Author::named).toList())
          .keywords(PdfMetadata.keywords(info.getKeywords()));
      String subject = PdfMetadata.clean(info.getSubject());
      if (subject != null && subject.split("\\s+").length >= ABSTRACT_MIN_WORDS) {
        b.addAbstract(new Abstract(Languages.guess(subject), subject));
      }
    }
    layout.warnings().forEach(b::warn);
    if (metaTitle == null && pageTitle == null) {
      b.warn("no title found in the PDF's metadata or first page");
    }
    return b.build();
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
