package org.polka.ingest.pdf.layout;

/**
 * One printed line of a page (or one column's part of it): its text, where it stands, and the
 * typography of most of its glyphs. Its {@link Kind} is decided after the whole document is read.
 */
final class Line {
  final String text;
  final int page;
  final float x0;
  final float x1;
  final float top;
  final float baseline;
  final float size;
  final boolean bold;
  final boolean italic;
  /** A raised marker ("1", "*") at the start of the line, or null. */
  final String leadingMarker;
  /** Whether the line was letter-spaced ("C o n c l u s i o n s") and collapsed. */
  final boolean letterSpaced;
  Kind kind = Kind.BODY;
  /** 0 for a single column or a line spanning the columns, 1 for the left, 2 for the right. */
  int column;

  Line(String text, int page, float x0, float x1, float top, float baseline, float size,
      boolean bold, boolean italic, String leadingMarker, boolean letterSpaced) {
    this.text = text;
    this.page = page;
    this.x0 = x0;
    this.x1 = x1;
    this.top = top;
    this.baseline = baseline;
    this.size = size;
    this.bold = bold;
    this.italic = italic;
    this.leadingMarker = leadingMarker;
    this.letterSpaced = letterSpaced;
  }

  /** This line and the next piece of the same printed line, to its right, as one line. */
  Line joinedWith(Line right) {
    boolean longer = right.text.length() > text.length();
    return new Line(text + " " + right.text, page, x0, Math.max(x1, right.x1), Math.min(top, right.top),
        longer ? right.baseline : baseline, longer ? right.size : size,
        longer ? right.bold : bold, longer ? right.italic : italic, leadingMarker,
        letterSpaced && right.letterSpaced);
  }

  float width() {
    return x1 - x0;
  }

  @Override
  public String toString() {
    return page + ":" + kind + " [" + Math.round(x0) + "-" + Math.round(x1) + " @" + Math.round(baseline)
        + " " + size + (bold ? " b" : "") + "] " + text;
  }
}
