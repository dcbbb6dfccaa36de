package org.polka.ingest.pdf.layout;

/**
 * One positioned glyph: left and right edge, baseline (from the top of the page), size in points,
 * its text and face.
 */
record Glyph(float x0, float x1, float baseline, float size, String text, boolean bold,
    boolean italic) {

  boolean blank() {
    return text.isBlank();
  }
}
