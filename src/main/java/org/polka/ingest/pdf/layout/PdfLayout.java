package org.polka.ingest.pdf.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.polka.ingest.repair.Lexicon;

/**
 * The layout-aware reader of a PDF's text: glyph positions and fonts into lines, page furniture
 * removed, columns read in order, footnotes set apart, headings and paragraphs found, the head and
 * the bibliography told from the body. Pages are read one at a time; only their lines are kept.
 */
public final class PdfLayout {
  private PdfLayout() {}

  /** The document read as one article; line-break repairs consult the lexicon. */
  public static Layout read(PDDocument document, Lexicon lexicon) throws IOException {
    List<Page> pages = PageCollector.collect(document);
    Furniture.mark(pages);
    return new Analysis(pages, lexicon).layout();
  }

  /**
   * The document read as a journal issue: one layout per article, split where a page starts with a
   * title. With {@code force} false the split happens only when the document plainly holds several
   * articles (several titles and several bibliographies); otherwise the whole is one article.
   */
  public static List<Layout> readIssue(PDDocument document, boolean force, Lexicon lexicon)
      throws IOException {
    List<Page> pages = PageCollector.collect(document);
    Furniture.mark(pages);
    List<List<Page>> parts = IssueSplitter.split(pages, force);
    List<Layout> layouts = new ArrayList<>();
    for (List<Page> part : parts) {
      layouts.add(new Analysis(part, lexicon).layout());
    }
    return layouts;
  }
}
