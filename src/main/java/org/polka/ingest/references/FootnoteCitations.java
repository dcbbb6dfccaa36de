package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citations in footnotes, as German papers print them ("4 Vgl. Hans-Peter Blossfeld, Titel,
 * in: …, Boulder 1995, S. 3-34."): of each footnote the part that cites a work, its lead-in ("Vgl.
 * hierzu", "See", "Cf.") removed; footnotes of prose alone give none. A footnote citing several
 * works gives each; a back-reference that names its author ("Leopold, a.a.O., S. 348") is kept as
 * printed, a bare "Ebd." is not. Also finds footnotes in plain page text, where they are
 * paragraphs that open with the next footnote number.
 */
public final class FootnoteCitations {
  private static final Pattern LEAD_IN = Pattern.compile(
      "(?iu)^(?:(?:vgl|s|siehe|bspw|beispielsweise|unter anderem|u\\.\\s?a\\.|für einen überblick|see|cf|so|dazu|hierzu|auch|näher|etwa|z\\.\\s?b|u\\.\\s?a|ausführlich"
          + "|insbesondere|exemplarisch|grundlegend|statt vieler|also|e\\.\\s?g|for example|see also"
          + "|zitiert nach|zit\\. nach|quoted in|ders|dies|см|см\\. также)\\.?\\s*[:,]?\\s+)+");
  private static final Pattern CUE = Pattern.compile("(?iu)(?:^|\\s|\\()(?:vgl|siehe|see|cf|см)\\.?\\s");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?<!\\d{3}/)(?:1[6-9]\\d\\d|20[0-3]\\d)(?![\\d]|er\\b)");
  private static final Pattern SIGNAL = Pattern.compile(
      "(?iu)\\bin:|\\bS\\.\\s*\\d|\\bpp?\\.\\s*\\d|\\(hrsg\\.?\\)|\\(hgg?\\.?\\)|\\(eds?\\.?\\)|\\bverlag\\b|\\bpress\\b"
          + "|\\(\\d{4}\\)|\\p{Lu}\\p{Ll}+(?:/\\p{Lu}\\.?)?\\s+\\d{4}\\b|//|\\bс\\.\\s*\\d|\\bjournal\\b|\\bzeitschrift\\b");
  private static final Pattern BREAK = Pattern.compile(
      ";\\s+|(?<=\\.)\\s+\\d{1,3}\\s+(?=\\p{Lu})|(?<=(?:\\b1[6-9]\\d\\d|\\b20[0-3]\\d|\\bS\\.\\s?\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?(?:\\s?ff?)?)\\.)\\s+(?=\\p{Lu})");
  private static final Pattern SAME_AUTHOR = Pattern.compile("(?iu)(?:ders|dies|ebd|ebenda|ibid)\\.?[\\s,(]");
  private static final Pattern NAME_FIRST = Pattern.compile(
      "(?u)(?:(?:vgl|siehe|see|cf)\\.?:?\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:von|van|de|der)?\\s*\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*[,:/(]");
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(?u)\\p{Lu}[^,;:]{1,60}?(?:\\s*\\(\\d{4}[a-z]?\\))?,\\s*(?:a\\.\\s?a\\.\\s?O\\.?|ebd\\.?|ebenda|op\\.\\s?cit\\.?|ibid\\.?|loc\\.\\s?cit\\.?)[,\\s]*(?:\\d{4}[,\\s]*)?");
  private static final Pattern BACK_PAGE = Pattern.compile("(?:S\\.|pp?\\.)\\s?\\d{1,4}(?:\\s?[-–]\\s?\\d{1,4})?(?:\\s?ff?\\.?)?");
  private static final Pattern NOTE = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$", Pattern.DOTALL);

  private FootnoteCitations() {}

  /** The citation strings of the footnotes, in order (none for a footnote without one). */
  public static List<String> citations(List<String> footnotes) {
    List<String> out = new ArrayList<>();
    for (String f : footnotes) {
      for (String part : parts(f.replaceAll("\\s+", " ").strip())) {
        String c = citation(part);
        if (c == null) {
          c = backReference(part);
        }
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * One footnote cut where it cites several works: at a semicolon, and at a full stop after a
   * year or a page, when what follows opens with a name and both sides cite something on their own
   * ("…, München 1994; Norman M. Naimark, …"; "…, ebd., S. 40. Péter Szaló, …"), and at the number
   * of a next footnote run into this one ("…, S. 2. 8 Valerij Golovin: …"). A part opening
   * with "ders."/"dies." (the same author again) stays with the part before it.
   */
  static List<String> parts(String note) {
    List<String> out = new ArrayList<>();
    for (String piece : BREAK.split(note)) {
      String p = piece.strip();
      boolean alone = !out.isEmpty() && !SAME_AUTHOR.matcher(p).lookingAt()
          && NAME_FIRST.matcher(p).lookingAt() && cites(p) && cites(out.getLast());
      if (out.isEmpty() || alone) {
        out.add(p);
      } else {
        String sep = note.substring(0, note.indexOf(p)).stripTrailing().endsWith(";") ? "; " : " ";
        out.set(out.size() - 1, out.getLast() + sep + p);
      }
    }
    return out;
  }

  private static boolean cites(String part) {
    return looksCited(part) || BACK_REFERENCE.matcher(LEAD_IN.matcher(part).replaceFirst("")).lookingAt();
  }

  /**
   * A back-reference that names its author ("Dieter Leopold, a.a.O., S. 348", "Gorzelak, ebd.,
   * S. 40"), as printed up to its page; a bare "Ebd." names nothing and gives null.
   */
  static String backReference(String part) {
    String p = LEAD_IN.matcher(part.strip()).replaceFirst("").strip();
    Matcher m = BACK_REFERENCE.matcher(p);
    if (!m.lookingAt()) {
      return null;
    }
    Matcher page = BACK_PAGE.matcher(p);
    return page.find(m.end()) && page.start() == m.end() ? p.substring(0, page.end()).strip()
        : p.substring(0, m.end()).replaceAll("[,\\s]+$", "");
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
    return YEAR.matcher(s).find() && SIGNAL.matcher(s).find() && (s.indexOf(',') >= 0 || s.contains(": "));
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
