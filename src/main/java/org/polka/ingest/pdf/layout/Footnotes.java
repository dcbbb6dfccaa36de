package org.polka.ingest.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finder of footnotes: per page and column, the run of lines at the bottom set smaller than the
 * body text, with nothing of body size below it, whose lines start notes at a marker (a raised "1",
 * or "1", "*", "†" before the text). Lines before the first marker continue the previous page's
 * last note, as when a long note runs over a page break.
 */
final class Footnotes {
  private static final Pattern TEXT_MARKER =
      Pattern.compile("^(\\d{1,3}|[*†‡§¶]{1,3})[.)]?\\s+(?=\\S)");
  private static final float SMALLER = 0.7f;
  private static final int MIN_BODY_LINES = 10;
  private static final Pattern REFERENCE_LABEL = Pattern.compile("\\[\\d{1,3}]\\s");

  /** A footnote being assembled: its label and its lines so far. */
  static final class Note {
    final String label;
    final List<String> lines = new ArrayList<>();

    Note(String label) {
      this.label = label;
    }
  }

  private final float bodySize;
  private final List<Note> notes = new ArrayList<>();
  private int lastNumber;

  Footnotes(float bodySize) {
    this.bodySize = bodySize;
  }

  /** The notes found so far, in order. */
  List<Note> notes() {
    return notes;
  }

  /** Marks the footnote lines of one page (its lines in reading order) and collects the notes. */
  void mark(List<Line> ordered) {
    List<Line> margin = marginNotes(ordered);
    if (!margin.isEmpty()) {
      take(margin);
    }
    for (int column = 0; column <= 2; column++) {
      int c = column;
      List<Line> lines = ordered.stream().filter(l -> l.column == c && l.kind == Kind.BODY)
          .sorted(Comparator.comparingDouble(l -> l.baseline)).toList();
      List<Line> region = region(lines, ordered);
      if (!region.isEmpty() && c == 0) {
        region = widened(region, ordered);
      }
      if (!region.isEmpty()) {
        take(region);
      }
    }
  }

  /**
   * Side notes: the small print set wholly outside the body's text block (a narrow column in the
   * outer margin beside the text, as some statistical monthlies print their notes), from its first
   * line that starts at a marker down. Empty when the page has no body text to stand beside.
   */
  private List<Line> marginNotes(List<Line> page) {
    List<Line> body = page.stream().filter(l -> l.kind == Kind.BODY && l.size > bodySize - SMALLER
        && l.text.length() > 3).toList();
    if (body.size() < MIN_BODY_LINES) {
      return List.of();
    }
    float left = (float) body.stream().mapToDouble(l -> l.x0).min().orElse(0);
    float right = (float) body.stream().mapToDouble(l -> l.x1).max().orElse(0);
    List<Line> outside = page.stream().filter(l -> l.kind == Kind.BODY && l.size <= bodySize - SMALLER
            && (l.x0 >= right || l.x1 <= left))
        .sorted(Comparator.comparingDouble(l -> l.baseline)).toList();
    int first = 0;
    while (first < outside.size() && marker(outside.get(first)) == null) {
      first++;
    }
    return outside.subList(first, outside.size());
  }

  /** A page-wide region with the small lines of either column below its top (short last lines). */
  private List<Line> widened(List<Line> region, List<Line> page) {
    float top = region.getFirst().baseline;
    return page.stream().filter(l -> l.kind == Kind.BODY && (region.contains(l)
            || (l.column != 0 && l.baseline > top && l.size <= bodySize - SMALLER)))
        .sorted(Comparator.comparingDouble(l -> l.baseline)).toList();
  }

  private List<Line> region(List<Line> column, List<Line> page) {
    int start = column.size();
    while (start > 0 && column.get(start - 1).size <= bodySize - SMALLER) {
      start--;
    }
    if (start == column.size() || referenceList(column, start)) {
      return List.of();
    }
    List<Line> region = new ArrayList<>(column.subList(start, column.size()));
    while (!region.isEmpty() && bodyBelow(region.getFirst(), page)) {
      region.removeFirst();
    }
    int first = 0;
    while (first < region.size() && marker(region.get(first)) == null) {
      first++;
    }
    if (first == region.size()) {
      return List.of();
    }
    boolean continues = first > 0 && !notes.isEmpty() && continuation(region.getFirst());
    return continues ? region : region.subList(first, region.size());
  }

  /**
   * Whether the small print from {@code start} down is a reference list rather than notes: it
   * follows a bibliography heading, or an entry starts with a bracketed number ("[15] Ma C.").
   */
  private static boolean referenceList(List<Line> column, int start) {
    if (Headings.isBibliography(column.get(Math.max(0, start - 1)).text)
        || Headings.isBibliography(column.get(start).text)) {
      return true;
    }
    return column.subList(start, column.size()).stream()
        .anyMatch(l -> REFERENCE_LABEL.matcher(l.text).lookingAt());
  }

  private boolean bodyBelow(Line top, List<Line> page) {
    for (Line l : page) {
      if (l.kind == Kind.BODY && l.size > bodySize - SMALLER && l.baseline > top.baseline
          && l.x0 < top.x1 && l.x1 > top.x0) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuation(Line l) {
    return !l.text.isEmpty() && Character.isLowerCase(l.text.codePointAt(0));
  }

  private void take(List<Line> region) {
    for (Line l : region) {
      l.kind = Kind.FOOTNOTE;
      String label = marker(l);
      if (label != null && plausible(label, l)) {
        Note note = new Note(label);
        note.lines.add(afterMarker(l));
        notes.add(note);
        if (label.chars().allMatch(Character::isDigit)) {
          lastNumber = Integer.parseInt(label);
        }
      } else if (!notes.isEmpty()) {
        notes.getLast().lines.add(l.text);
      } else {
        Note note = new Note("");
        note.lines.add(l.text);
        notes.add(note);
      }
    }
  }

  /** A raised marker is always a new note; a marker in the text must follow the last number. */
  private boolean plausible(String label, Line l) {
    if (l.leadingMarker != null || !label.chars().allMatch(Character::isDigit)) {
      return true;
    }
    int n = Integer.parseInt(label);
    return n > lastNumber && n <= lastNumber + 5 || lastNumber == 0;
  }

  /** The marker a line starts with, or null. */
  static String marker(Line l) {
    if (l.leadingMarker != null && !l.leadingMarker.isBlank()) {
      return l.leadingMarker.strip();
    }
    Matcher m = TEXT_MARKER.matcher(l.text);
    return m.find() ? m.group(1) : null;
  }

  private static String afterMarker(Line l) {
    if (l.leadingMarker != null) {
      String t = l.text.strip();
      String m = l.leadingMarker.strip();
      return t.startsWith(m) ? t.substring(m.length()).strip() : t;
    }
    return TEXT_MARKER.matcher(l.text).replaceFirst("");
  }
}
