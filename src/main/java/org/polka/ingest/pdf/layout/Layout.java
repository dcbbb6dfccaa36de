package org.polka.ingest.pdf.layout;

import java.util.List;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.polka.ingest.header.HeaderLine;

/**
 * What the layout reader made of one article's pages.
 *
 * @param headerLines the first page's lines in reading order (and the head's lines on later pages),
 *     with their typography, for the header parser
 * @param sections the body: headings and paragraphs in reading order, line-end hyphens and glued
 *     words repaired, without front matter, bibliography, footnotes and page furniture
 * @param footnotes the footnotes, labelled with their markers, in order
 * @param bibliography the bibliography's lines in order (heading left out), empty when none found
 * @param bodyLines the running text's lines as printed, in reading order, bibliography included
 * @param lines every line with what it was taken for, page by page, for scoring
 * @param firstPage the article's first page (1-based)
 * @param lastPage the article's last page
 * @param warnings what could not be decided or repaired
 */
public record Layout(List<HeaderLine> headerLines, List<Section> sections,
    List<Footnote> footnotes, List<String> bibliography, List<String> bodyLines,
    List<LabelledLine> lines, int firstPage, int lastPage, List<String> warnings) {

  /** One printed line and what the reader took it for. */
  public record LabelledLine(String text, int page, Kind kind) {}

  /** Whether any text was found on the pages. */
  public boolean hasText() {
    return !lines.isEmpty();
  }
}
