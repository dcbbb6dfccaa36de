package org.polka.ingest.references;

import java.util.List;
import org.polka.article.Reference;

/**
 * The references of a document from its text: the bibliography located and taken out of the body,
 * split into entries and each entry parsed; or, for papers that cite in footnotes, the citations
 * of the footnotes parsed. The one entry point readers call.
 */
public final class ReferenceExtractor {
  private final ReferenceParser parser;

  public ReferenceExtractor(ReferenceParser parser) {
    this.parser = parser;
  }

  /** The extractor with the parser model shipped in the jar. */
  public static ReferenceExtractor standard() {
    return new ReferenceExtractor(ReferenceParser.standard());
  }

  /**
   * A document's body without its bibliography, and the bibliography's parsed entries.
   *
   * @param body the blocks (paragraphs or lines) left after the bibliography was taken out
   * @param heading the bibliography heading as printed, or null when none was found
   * @param references the entries in order
   */
  public record Extracted(List<String> body, String heading, List<Reference> references) {}

  /** Finds, splits and parses the bibliography among the body's blocks (paragraphs or lines). */
  public Extracted fromBody(List<String> blocks) {
    BibliographyLocator.Located located = BibliographyLocator.locate(blocks);
    if (!located.found()) {
      return new Extracted(blocks, null, List.of());
    }
    return new Extracted(located.body(), located.heading(),
        parseAll(EntrySegmenter.trimTail(EntrySegmenter.segment(located.lines()))));
  }

  /**
   * The references of a document read by layout: the bibliography from the printed lines when the
   * locator finds its heading there (the lines keep the entries' starts), else from the lines the
   * layout set apart, else a numbered list of dated entries that ends the text without a heading
   * ({@link BibliographyLocator#headless}), else the citations in the footnotes.
   *
   * @param printedLines the text's lines as printed in reading order, bibliography and footnotes
   *     included
   * @param bibliography the lines the layout took for the bibliography (empty when none)
   * @param footnotes one footnote's text each, labels removed
   */
  public List<Reference> fromDocument(List<String> printedLines, List<String> bibliography,
      List<String> footnotes) {
    Extracted printed = fromBody(printedLines);
    if (printed.heading() != null) {
      return printed.references();
    }
    if (!bibliography.isEmpty()) {
      return fromLines(bibliography);
    }
    List<String> headless = BibliographyLocator.headless(printedLines);
    return !headless.isEmpty() ? fromLines(headless) : fromFootnotes(footnotes);
  }

  /** The entries of a bibliography a layout reader already set apart (its lines, heading left out). */
  public List<Reference> fromLines(List<String> bibliographyLines) {
    return parseAll(EntrySegmenter.trimTail(EntrySegmenter.segment(bibliographyLines)));
  }

  /** The references cited in footnote texts (one footnote's text each, labels removed). */
  public List<Reference> fromFootnotes(List<String> footnotes) {
    return parseAll(FootnoteCitations.citations(footnotes));
  }

  /** The references cited in footnotes found in plain page text (see {@link FootnoteCitations#footnotesInText}). */
  public List<Reference> fromFootnotesInText(List<String> paragraphs) {
    return fromFootnotes(FootnoteCitations.footnotesInText(paragraphs));
  }

  /** Each entry string parsed. */
  public List<Reference> parseAll(List<String> entries) {
    return entries.stream().map(parser::parse).toList();
  }
}
