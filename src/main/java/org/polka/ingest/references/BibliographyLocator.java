package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locator of a document's bibliography: given the body as blocks of text lines in reading
 * order, it finds the bibliography heading ("References", "Literatur", "Список литературы", numbered
 * or letter-spaced), takes the lines after it up to the next heading that ends a bibliography
 * ("Appendix", "Anhang", "Сведения об авторах", …), drops lone page numbers among them, and gives
 * the body back without them. A transliterated second list ("References" after "Список
 * литературы") is left out of both the body and the entries. A closing heading followed at once by
 * a line that opens an entry was put there by the reading order (an "About the Authors" box read
 * between the columns): the list goes on after it, up to the first line much wider than its own.
 * A heading of the publisher's own series after a closed entry ("Books published by members of the
 * research unit", "Discussion Papers", "Bücher des Forschungsschwerpunkts …") ends the list too.
 */
public final class BibliographyLocator {
  private static final String NAMES = "references?(?: and notes| cited|\\s*\\(transliterated\\))?"
      + "|bibliography|select bibliography|bibliographical references|bibliographic references"
      + "|notes and references|references and further reading|sources|sources and literature|literature(?: cited)?|cited literature|works cited"
      + "|literatur|literaturverzeichnis|literaturliste|quellen(?:verzeichnis)?|quellen und literatur"
      + "|verwendete literatur|zitierte literatur|bibliographie|références|bibliografía|bibliografia"
      + "|список(?: использованной| цитируемой| использованных источников и)? литературы"
      + "|литература|библиографический список|библиография|список источников"
      + "|список использованных источников|источники и литература|references \\(transliteration\\)";
  private static final Pattern HEADING = Pattern.compile(
      "(?iu)^(?:(?:\\d{1,2}|[ivx]{1,5}|[a-h])\\s*[.):]?\\s*)?(?:" + NAMES + ")\\s*[.:]?$");
  private static final Pattern END = Pattern.compile(
      "(?iu)^(?:(?:\\d{1,2}|[ivx]{1,5}|[a-h])\\s*[.):]?\\s*)?(?:appendix|appendices|annex|anhang|anlage"
          + "|tables?|figures?|abbildungen|tabellen|about the authors?|authors?|notes on contributors"
          + "|biographical note|acknowledge?ments?|danksagung|endnotes|сведения об авторах"
          + "|информация об авторах|об авторах|приложение|author information"
          + "|information about (?:the )?authors?)(?:\\s+\\S+){0,3}\\s*[.:]?$"
          + "|(?iu)^(?:table|figure|tab\\.|abb\\.|fig\\.|tabelle|abbildung|appendix|anhang)\\s*[A-Z]?\\d+\\b.{0,80}$");
  private static final Pattern SERIES = Pattern.compile("(?iu)^(?:books|publications|discussion papers"
      + "|working papers|recent (?:publications|titles|issues)|other titles|also published|bücher"
      + "|veröffentlichungen|schriften|arbeitspapiere|diskussionspapiere)\\b[^\\d]{0,80}[^\\d.,;:]$");
  private static final Pattern CLOSED = Pattern.compile("[.)\\]\\d]$");
  private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:\\[(\\d{1,3})\\]|(\\d{1,3})[.)])\\s*\\p{L}");
  private static final int HEADLESS_MIN_ENTRIES = 5;
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—\\s]*\\d{1,4}[-–—\\s]*$");
  private static final Pattern SPACED = Pattern.compile("^(?:\\p{L} ){3,}\\p{L}$");

  private BibliographyLocator() {}

  /**
   * The document split around its bibliography.
   *
   * @param before the blocks before the heading
   * @param heading the heading line as printed, or null when none was found
   * @param lines the bibliography's lines (page numbers removed)
   * @param after the blocks after the bibliography (an appendix, an author note)
   */
  public record Located(List<String> before, String heading, List<String> lines, List<String> after) {
    /** Whether a bibliography was found. */
    public boolean found() {
      return heading != null;
    }

    /** The blocks that are not bibliography, in order. */
    public List<String> body() {
      List<String> out = new ArrayList<>(before);
      out.addAll(after);
      return out;
    }
  }

  /** Whether a line is a bibliography heading. */
  public static boolean isHeading(String line) {
    String l = line.strip();
    if (SPACED.matcher(l).matches()) {
      l = l.replace(" ", "");
    }
    return l.length() <= 60 && HEADING.matcher(l).matches() && capitalised(l);
  }

  /** Whether the heading's first letter is a capital (a sentence's last word "sources." is not a heading). */
  private static boolean capitalised(String line) {
    return line.codePoints().filter(Character::isLetter).findFirst().stream()
        .anyMatch(c -> Character.isUpperCase(c) || !Character.isLowerCase(c));
  }

  /** Finds the bibliography among the blocks (each block one or more lines). */
  public static Located locate(List<String> blocks) {
    List<int[]> lines = new ArrayList<>();
    List<String[]> split = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      String[] ls = blocks.get(b).split("\n");
      split.add(ls);
      for (int l = 0; l < ls.length; l++) {
        lines.add(new int[] {b, l});
      }
    }
    int total = lines.size();
    int at = -1;
    for (int i = 0; i < total; i++) {
      if (isHeading(lineAt(lines, split, i)) && (at < 0 || at < total * 2 / 5)) {
        at = i;
      }
    }
    if (at < 0) {
      return new Located(blocks, null, List.of(), List.of());
    }
    List<String> bib = new ArrayList<>();
    int end = at + 1;
    boolean transliterated = false;
    boolean resumed = false;
    for (; end < total; end++) {
      String line = lineAt(lines, split, end).strip();
      if (isHeading(line)) {
        transliterated = true;
        continue;
      }
      if (END.matcher(line).matches() && line.length() <= 60) {
        if (end + 1 < total && EntrySegmenter.opensDatedEntry(lineAt(lines, split, end + 1).strip())) {
          resumed = true;
          continue;
        }
        break;
      }
      if (resumed && wider(line, bib)) {
        break;
      }
      if (!bib.isEmpty() && CLOSED.matcher(bib.getLast()).find() && SERIES.matcher(line).matches()) {
        break;
      }
      if (!transliterated && !line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
        bib.add(line);
      }
    }
    return new Located(cut(blocks, split, lines, 0, at), lineAt(lines, split, at).strip(), bib,
        cut(blocks, split, lines, end, total));
  }

  /**
   * The lines of a numbered bibliography printed without a heading at the end of the text: the
   * last run, in the document's final two fifths, of lines numbered 1, 2, 3, … (at least five, in
   * order) up to the end, when most of its entries are dated like references; empty when there is
   * none.
   */
  public static List<String> headless(List<String> lines) {
    for (int start = lines.size() - 1; start >= lines.size() * 3 / 5; start--) {
      if (listNumber(lines.get(start)) != 1) {
        continue;
      }
      int expected = 2;
      for (int i = start + 1; i < lines.size(); i++) {
        if (listNumber(lines.get(i)) == expected) {
          expected++;
        }
      }
      if (expected - 1 >= HEADLESS_MIN_ENTRIES) {
        List<String> list = lines.subList(start, lines.size());
        List<String> entries = EntrySegmenter.segment(list);
        long dated = entries.stream().filter(EntrySegmenter::referenceLike).count();
        return dated * 10 >= entries.size() * 7 ? list : List.of();
      }
    }
    return List.of();
  }

  private static int listNumber(String line) {
    Matcher m = LIST_NUMBER.matcher(line);
    return !m.find() ? -1 : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** Whether the line is much wider than the bibliography's lines so far (a box set across the columns). */
  private static boolean wider(String line, List<String> bib) {
    int[] lengths = bib.stream().mapToInt(String::length).sorted().toArray();
    return lengths.length >= 4 && line.length() > 1.5 * lengths[lengths.length / 2];
  }

  private static String lineAt(List<int[]> lines, List<String[]> split, int i) {
    int[] p = lines.get(i);
    return split.get(p[0])[p[1]];
  }

  /** The blocks of lines [from, to), a block cut where the range cuts it. */
  private static List<String> cut(List<String> blocks, List<String[]> split, List<int[]> lines,
      int from, int to) {
    List<String> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int b = lines.get(i)[0];
      StringBuilder block = new StringBuilder();
      while (i < to && lines.get(i)[0] == b) {
        block.append(block.isEmpty() ? "" : "\n").append(lineAt(lines, split, i));
        i++;
      }
      out.add(block.toString());
    }
    return out;
  }
}
