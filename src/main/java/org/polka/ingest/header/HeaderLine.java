package org.polka.ingest.header;

/**
 * One printed line from the head of a document, with the typography that tells a title from an
 * author list or an affiliation.
 *
 * <p>PDF readers produce these from glyph positions; the header parser reads them. {@code fontSize}
 * is the line's dominant glyph size in points (0 when unknown, as for plain text); {@code gapBefore}
 * is the vertical space above the line in points (0 when unknown).
 *
 * @param text the line's text, whitespace normalised
 * @param fontSize dominant font size in points, or 0 when unknown
 * @param bold whether most glyphs are set in a bold face
 * @param italic whether most glyphs are set in an italic face
 * @param page the 1-based page number
 * @param gapBefore vertical gap above the line in points, or 0 when unknown
 */
public record HeaderLine(String text, double fontSize, boolean bold, boolean italic, int page,
    double gapBefore) {

  /** A line known only by its text, as in page texts and plain-text annotations. */
  public static HeaderLine plain(String text, int page) {
    return new HeaderLine(text, 0, false, false, page, 0);
  }
}
