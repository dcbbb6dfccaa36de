package org.polka.ingest.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Section;
import org.polka.article.SourceFile;
import org.polka.ingest.ArticleReader;
import org.polka.ingest.Languages;
import org.polka.ingest.ReadSink;
import org.polka.ingest.header.Header;
import org.polka.ingest.header.HeaderParser;
import org.polka.ingest.header.PdfHeaderLines;
import org.polka.ingest.references.ReferenceExtractor;

/**
 * A reader of PDF articles with a text layer: the header (title, authors, abstract, keywords,
 * DOI, journal) parsed from the first pages, the document information where the header lacks a
 * field, and the text as paragraphs of one section.
 *
 * <p>Simple for now: no layout analysis, no removal of running headers, no text repair.
 */
public final class PdfReader implements ArticleReader {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");
  private static final int ABSTRACT_MIN_WORDS = 20;
  private static final int HEADER_PAGES = 2;

  private final ReferenceExtractor references;

  /** A reader that takes references out with the given extractor. */
  public PdfReader(ReferenceExtractor references) {
    this.references = references;
  }

  /** A reader with the standard reference extractor. */
  public PdfReader() {
    this(ReferenceExtractor.standard());
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
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      String text = bodyText(document);
      if (text.isBlank()) {
        sink.problem(name, "no text layer (needs OCR)");
        return;
      }
      sink.record(article(document, text, name), name);
    } catch (InvalidPasswordException e) {
      sink.problem(name, "encrypted PDF (password required)");
    } catch (IOException | RuntimeException e) {
      sink.problem(name, "not a readable PDF: " + reason(e));
    }
  }

  private Article article(PDDocument document, String text, String name)
      throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    String metaTitle = PdfMetadata.title(info.getTitle(), name);
    Header header = new HeaderParser().parse(PdfHeaderLines.read(document, HEADER_PAGES));
    String pageTitle = header.title();
    List<Author> authors = header.authors().isEmpty()
        ? PdfMetadata.names(info.getAuthor()).stream().map(Author::named).toList()
        : header.articleAuthors();
    var b = Article.builder()
        .title(pageTitle != null ? pageTitle : metaTitle)
        .authors(authors)
        .keywords(header.keywords().isEmpty() ? PdfMetadata.keywords(info.getKeywords())
            : header.keywords())
        .abstracts(header.abstracts())
        .doi(header.doi())
        .journal(header.articleJournal())
        .language(Languages.guess(text))
        .addSection(new Section(null, null, paragraphs(text)))
        .source(new SourceFile(name, "pdf", document.getNumberOfPages()));
    String subject = PdfMetadata.clean(info.getSubject());
    if (header.abstracts().isEmpty() && subject != null
        && subject.split("\\s+").length >= ABSTRACT_MIN_WORDS) {
      b.addAbstract(new Abstract(Languages.guess(subject), subject));
    }
    header.warnings().stream().filter(w -> w.startsWith("affiliation")).forEach(b::warn);
    if (metaTitle == null && pageTitle == null) {
      b.warn("no title found in the PDF's metadata or first page");
    }
    return withReferences(b.build());
  }

  /** The record with its bibliography (or, without one, its footnote citations) taken out of the text. */
  private Article withReferences(Article a) {
    List<String> paragraphs = a.paragraphs();
    ReferenceExtractor.Extracted bib = references.fromBody(paragraphs);
    if (bib.heading() != null) {
      return a.toBuilder().sections(List.of(new Section(null, null, bib.body())))
          .references(bib.references()).build();
    }
    return a.toBuilder().references(references.fromFootnotesInText(paragraphs)).build();
  }

  private static String bodyText(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setParagraphEnd("\n\n");
    stripper.setPageEnd("\n\n");
    stripper.setLineSeparator("\n");
    return stripper.getText(document);
  }

  /** Paragraphs split on blank lines; the line breaks inside a paragraph are kept for repair. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(PARAGRAPH_BREAK.split(text.replace("\r\n", "\n")))
        .map(p -> p.lines().map(String::strip).filter(l -> !l.isEmpty())
            .reduce((x, y) -> x + "\n" + y).orElse(""))
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
