package org.polka.ingest.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Builder;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.article.SourceFile;
import org.polka.ingest.ArticleReader;
import org.polka.ingest.Languages;
import org.polka.ingest.ReadOptions;
import org.polka.ingest.ReadSink;
import org.polka.ingest.header.Header;
import org.polka.ingest.header.HeaderParser;
import org.polka.ingest.header.PdfHeaderLines;
import org.polka.ingest.pdf.layout.Kind;
import org.polka.ingest.pdf.layout.Layout;
import org.polka.ingest.pdf.layout.PdfLayout;
import org.polka.ingest.references.ReferenceExtractor;
import org.polka.ingest.repair.Lexicon;

/**
 * A reader of PDF articles with a text layer, by their layout: the header (title, authors,
 * affiliations, abstract, keywords, DOI, journal) parsed from the head lines, the document
 * information where the header lacks a field, the body as sections of paragraphs in reading order,
 * footnotes apart, page furniture dropped (see {@link PdfLayout}), and the bibliography (or, without
 * one, the footnote citations) parsed into references.
 *
 * <p>With {@code splitIssue} a whole journal issue becomes one record per article; without it an
 * issue is split only when it plainly holds several articles.
 */
public final class PdfReader implements ArticleReader {
  private static final int ABSTRACT_MIN_WORDS = 20;
  private static final int HEADER_PAGES = 2;
  private static final Set<Kind> TEXT =
      EnumSet.of(Kind.BODY, Kind.HEADING, Kind.BIBLIOGRAPHY, Kind.FOOTNOTE);

  private final Lexicon lexicon;
  private final ReferenceExtractor references;

  /** A reader that repairs words with the lexicon and takes references out with the extractor. */
  public PdfReader(Lexicon lexicon, ReferenceExtractor references) {
    this.lexicon = lexicon;
    this.references = references;
  }

  /** A reader with the standard dictionary and reference extractor. */
  public PdfReader() {
    this(Lexicon.load(), ReferenceExtractor.standard());
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
    read(file, ReadOptions.DEFAULT, sink);
  }

  /** Reads the PDF; with {@link ReadOptions#splitIssue} always as a whole journal issue. */
  @Override
  public void read(Path file, ReadOptions options, ReadSink sink) throws IOException {
    String name = file.getFileName().toString();
    if (!Files.isReadable(file)) {
      throw new IOException("cannot read " + file);
    }
    try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
        "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      List<Layout> articles = PdfLayout.readIssue(document, options.splitIssue(), lexicon);
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

  /**
   * The record of one article. The header comes from the layout's head lines; the authors and
   * affiliations from PDFBox's own first-page lines only when those yield more authors. The layout
   * joins author blocks printed side by side into one line, or reads the right one with its
   * column, where PDFBox's content order keeps each block whole (docs/benchmarks.md, session 3).
   */
  private Article article(PDDocument document, Layout layout, String name, boolean issue)
      throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    String metaTitle = issue ? null : PdfMetadata.title(info.getTitle(), name);
    Header header = new HeaderParser().parse(layout.headerLines());
    Header typographic = issue ? header
        : new HeaderParser().parse(PdfHeaderLines.read(document, HEADER_PAGES));
    if (typographic.authors().size() > header.authors().size()) {
      header = header.withAuthorsOf(typographic);
    }
    String pageTitle = header.title();
    String text = layout.sections().stream().flatMap(s -> s.paragraphs().stream())
        .collect(Collectors.joining("\n"));
    List<Author> authors = header.authors().isEmpty() && !issue
        ? PdfMetadata.names(info.getAuthor()).stream().map(Author::named).toList()
        : header.articleAuthors();
    var b = Article.builder()
        .title(pageTitle != null ? pageTitle : metaTitle)
        .authors(authors)
        .keywords(header.keywords().isEmpty() && !issue ? PdfMetadata.keywords(info.getKeywords())
            : header.keywords())
        .abstracts(header.abstracts())
        .doi(header.doi())
        .journal(header.articleJournal())
        .language(Languages.guess(text.isBlank() ? String.join(" ", layout.bodyLines()) : text))
        .footnotes(layout.footnotes())
        .source(new SourceFile(name, "pdf", layout.lastPage() - layout.firstPage() + 1));
    withReferences(b, layout);
    String subject = issue ? null : PdfMetadata.clean(info.getSubject());
    if (header.abstracts().isEmpty() && subject != null
        && subject.split("\\s+").length >= ABSTRACT_MIN_WORDS) {
      b.addAbstract(new Abstract(Languages.guess(subject), subject));
    }
    header.warnings().stream().filter(w -> w.startsWith("affiliation")).forEach(b::warn);
    layout.warnings().forEach(b::warn);
    if (metaTitle == null && pageTitle == null) {
      b.warn("no title found in the PDF's metadata or first page");
    }
    return b.build();
  }

  /**
   * Sections and references. The bibliography is read from the printed lines when the locator finds
   * its heading there (the lines keep the entries' starts; footnote lines are among them, since
   * numbered entries at a page's foot are often taken for footnotes), else from the lines the
   * layout set apart, else the citations in the footnotes are taken. A bibliography the layout did
   * not set apart is taken out of the sections.
   */
  private void withReferences(Builder b, Layout layout) {
    b.references(references.fromDocument(printedLines(layout), layout.bibliography(),
        layout.footnotes().stream().map(Footnote::text).toList()));
    if (!layout.bibliography().isEmpty()) {
      b.sections(layout.sections());
      return;
    }
    List<String> paragraphs = layout.sections().stream()
        .flatMap(s -> s.paragraphs().stream()).toList();
    ReferenceExtractor.Extracted bib = references.fromBody(paragraphs);
    b.sections(bib.heading() != null ? keepOnly(layout.sections(), bib.body()) : layout.sections());
  }

  /** Every text line in reading order: body, headings, bibliography and footnotes, no page furniture. */
  static List<String> printedLines(Layout layout) {
    return layout.lines().stream().filter(l -> TEXT.contains(l.kind()))
        .map(Layout.LabelledLine::text).toList();
  }

  /** The sections with only the paragraphs in {@code kept} (counted, so repeats stay right). */
  private static List<Section> keepOnly(List<Section> sections, List<String> kept) {
    Map<String, Integer> left = new HashMap<>();
    kept.forEach(p -> left.merge(p, 1, Integer::sum));
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      List<String> paragraphs = s.paragraphs().stream()
          .filter(p -> left.merge(p, -1, Integer::sum) >= 0).toList();
      if (!paragraphs.isEmpty() || s.title() != null && left.getOrDefault(s.title(), 0) >= 0) {
        out.add(new Section(s.title(), s.level(), paragraphs));
      }
    }
    return out;
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
