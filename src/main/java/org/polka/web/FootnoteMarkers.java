package org.polka.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.web.view.Pages.Piece;

/**
 * Finds footnote markers in body text — a footnote's number glued to the end of a word or a
 * closing quote, as PDF extraction leaves superscripts ("istorii”1 (The CIS") — so the page can
 * show them as links to their notes.
 *
 * <p>Only labels of the article's own footnotes count, each at its first place in reading order,
 * and never a number that is part of a token like "Su-27", "Mi-8" or "1998".
 */
final class FootnoteMarkers {
  private static final Pattern MARKER =
      Pattern.compile("(?<=[\\p{L}”\"'’»)\\].,;:!?])(\\d{1,3})(?=[\\s,.;:)\\]]|$)");

  private final Set<String> labels;
  private final Set<String> seen = new HashSet<>();

  FootnoteMarkers(Set<String> labels) {
    this.labels = labels;
  }

  /** The paragraph as text pieces and marker pieces, in order. */
  List<Piece> split(String paragraph) {
    List<Piece> pieces = new ArrayList<>();
    Matcher m = MARKER.matcher(paragraph);
    int last = 0;
    while (m.find()) {
      String label = m.group(1);
      if (!labels.contains(label) || !seen.add(label)) {
        continue;
      }
      if (m.start() > last) {
        pieces.add(new Piece(paragraph.substring(last, m.start()), null));
      }
      pieces.add(new Piece(label, label));
      last = m.end();
    }
    if (last < paragraph.length()) {
      pieces.add(new Piece(paragraph.substring(last), null));
    }
    return pieces;
  }
}
