package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citations in footnotes, as German papers print them ("4 Vgl. Hans-Peter Blossfeld, Titel,
 * in: …, Boulder 1995, S. 3-34."): of each footnote the part that cites a work, its lead-in ("Vgl.
 * hierzu", "See", "Cf.") removed; footnotes of prose alone give none. Also finds footnotes in plain
 * page text, where they are paragraphs that open with the next footnote number.
 */
public final class FootnoteCitations {
  private static final Pattern LEAD_IN = Pattern.compile(
      "(?iu)^(?:(?:vgl|s|siehe|bspw|beispielsweise|unter anderem|u\\.\\s?a\\.|für einen überblick|see|cf|so|dazu|hierzu|auch|näher|etwa|z\\.\\s?b|u\\.\\s?a|ausführlich"
          + "|insbesondere|exemplarisch|grundlegend|statt vieler|also|e\\.\\s?g|for example|see also"
          + "|zitiert nach|zit\\. nach|quoted in|ders|dies|см|см\\. также)\\.?\\s*[:,]?\\s+)+");
  private static final Pattern CUE = Pattern.compile("(?iu)(?:^|\\s|\\()(?:vgl|siehe|see|cf|см)\\.?\\s");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/])(?:1[6-9]\\d\\d|20[0-3]\\d)(?![\\d]|er\\b)");
  private static final Pattern SIGNAL = Pattern.compile(
      "(?iu)\\bin:|\\bS\\.\\s*\\d|\\bpp?\\.\\s*\\d|\\(hrsg\\.?\\)|\\(eds?\\.?\\)|\\bverlag\\b|\\bpress\\b"
          + "|\\(\\d{4}\\)|\\p{Lu}\\p{Ll}+(?:/\\p{Lu}\\.?)?\\s+\\d{4}\\b|//|\\bс\\.\\s*\\d|\\bjournal\\b|\\bzeitschrift\\b");
  private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$", Pattern.DOTALL);

  private FootnoteCitations() {}

  /** The citation strings of the footnotes, in order (none for a footnote without one). */
  public static List<String> citations(List<String> footnotes) {
    List<String> out = new ArrayList<>();
    for (String f : footnotes) {
      String c = citation(f.replaceAll("\\s+", " ").strip());
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The part of one footnote that cites a work, or null. */
  static String citation(String note) {
    if (!looksCited(note)) {
      return null;
    }
    String part = note;
    Matcher cue = CUE.matcher(note);
    int last = -1;
    while (cue.find()) {
      if (looksCited(note.substring(cue.start()))) {
        last = cue.start();
      }
    }
    if (last > 0) {
      part = note.substring(last).replaceFirst("^[.;:(\\s]+", "");
    }
    part = LEAD_IN.matcher(part).replaceFirst("").strip();
    return part.length() < 10 || !looksCited(part) ? null : part;
  }

  private static boolean looksCited(String s) {
    return YEAR.matcher(s).find() && SIGNAL.matcher(s).find() && s.indexOf(',') >= 0;
  }

  /**
   * The footnotes among paragraphs of plain page text: lines that open with the next footnote
   * number (1, 2, 3, … in order, a few missed numbers allowed), with the lines after them in the
   * same paragraph; line breaks rejoined. A number seen again replaces a first find that cites
   * nothing (a page footer such as "2 Annual Report 1996").
   */
  public static List<String> footnotesInText(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    List<String> current = null;
    int last = 0;
    for (String p : paragraphs) {
      for (String line : p.split("\n")) {
        Matcher m = NOTE.matcher(line.strip());
        int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (n > last && n <= last + 4 || n == last && n > 0 && !out.isEmpty() && !looksCited(out.getLast())) {
          if (n == last) {
            out.removeLast();
          }
          current = new ArrayList<>();
          current.add(m.group(2));
          out.add(m.group(2));
          last = n;
        } else if (current != null) {
          current.add(line);
          out.set(out.size() - 1, EntrySegmenter.joinLines(current));
        }
      }
      current = null;
    }
    return out;
  }
}
