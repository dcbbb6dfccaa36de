package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Reference;

/**
 * The mapping from an entry's labelled segments to a {@link Reference}: the first segment of each
 * label (a title and its subtitle joined), cleaned (quotes, "pp.", "vol.", trailing punctuation), a monograph title as the title when
 * there is no article title and as the container otherwise, the author list split into names, and
 * a doi.org address read as the DOI.
 * Gold annotations and the tagger's output go through the same mapping.
 */
public final class Fields {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[6-9]\\d\\d|20[0-3]\\d)(?!\\d)");
  private static final Pattern PAGE_PREFIX = Pattern.compile(
      "(?iu)^(?:pp?\\.?|pages?|seiten|ss?\\.|с\\.|стр\\.|c\\.)\\s*");
  private static final Pattern NUMBER_PREFIX = Pattern.compile(
      "(?iu)^(?:vol(?:ume)?\\.?|no\\.?|nr\\.?|num\\.?|issue|bd\\.?|jg\\.?|h(?:eft)?\\.?|т\\.|вып\\.|№)\\s*");
  private static final Pattern DOI_PREFIX = Pattern.compile("(?i)^(?:doi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/)");
  private static final Pattern DOI_START = Pattern.compile("10\\.\\d{4,9}/\\S");
  private static final Pattern DOI = Pattern.compile(
      "\\b10\\.\\d{4,9}/(?:\\s(?=\\S))?(?:[^\\s\"<>]|(?<=[-/])\\s(?=[^\\s\"<>]))+");
  private static final Pattern SUBTITLE_MARK = Pattern.compile("\\s*[.:]\\s*");
  private static final Set<String> JOINED = Set.of("title", "booktitle", "journal");
  private static final Set<String> PARTS = Set.of("volume", "issue", "pages");
  private static final String QUOTES = "\"“”«»„‘’'";

  private Fields() {}

  /** The reference for the raw entry string and its labelled segments. */
  public static Reference of(String raw, List<Segment> segments) {
    Map<String, String> first = new LinkedHashMap<>();
    for (Segment s : subtitlesJoined(segments)) {
      String t = s.text().replaceAll("\\s+", " ").strip();
      if (!t.isEmpty() && !s.label().equals(Labels.OTHER)) {
        first.putIfAbsent(s.label(), t);
      }
    }
    String title = first.get("title");
    String container = first.get("journal");
    String book = first.get("booktitle");
    if (title == null && container == null) {
      title = book;
      container = first.get("series");
    } else if (title == null) {
      title = book;
    } else if (container == null) {
      container = book != null ? book : first.get("series");
    }
    return new Reference(raw.replaceAll("\\s+", " ").strip(), NameList.parse(first.get("author")),
        text(title), text(container), year(first.get("date")), number(first.get("volume")),
        number(first.get("issue")), pages(first.get("pages")), text(first.get("publisher")),
        text(first.get("place")), doi(first.get("doi"), first.get("url")), url(first.get("url")));
  }

  /**
   * The segments with a title (or book or journal title) and the stretch of the same label right
   * after it, past a lone full stop or colon, joined into one: "Die Schweigespirale. Öffentliche
   * Meinung" is one title with its subtitle, not a title and a second one. In a monograph (a place
   * or publisher, no volume, issue or pages) a "journal" right after the title is its subtitle too
   * ("Klaus Bade, Europa in Bewegung. Migration vom späten 18. Jahrhundert, München 2000").
   */
  static List<Segment> subtitlesJoined(List<Segment> segments) {
    boolean monograph = segments.stream().noneMatch(s -> PARTS.contains(s.label()))
        && segments.stream().anyMatch(s -> s.label().equals("place") || s.label().equals("publisher"));
    List<Segment> out = new ArrayList<>();
    for (Segment s : segments) {
      int n = out.size();
      if (monograph && n >= 2 && s.label().equals("journal") && out.get(n - 2).label().equals("title")
          && out.get(n - 1).label().equals(Labels.OTHER)
          && SUBTITLE_MARK.matcher(out.get(n - 1).text()).matches()) {
        s = new Segment(s.text(), "title");
      }
      if (n >= 2 && JOINED.contains(s.label()) && out.get(n - 2).label().equals(s.label())
          && out.get(n - 1).label().equals(Labels.OTHER)
          && SUBTITLE_MARK.matcher(out.get(n - 1).text()).matches()) {
        Segment mark = out.remove(n - 1);
        Segment head = out.remove(n - 2);
        out.add(new Segment(head.text() + mark.text() + " " + s.text(), s.label()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Text without surrounding quotes, brackets and trailing punctuation; null when nothing is left. */
  static String text(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      String before = t;
      t = t.replaceAll("[\\s,;:/]+$", "").replaceAll("(?<![A-Z\\p{Lu}]|\\.\\p{L})\\.$", "")
          .replaceAll("^[\\s,;:.]+", "").strip();
      if (t.length() >= 2 && QUOTES.indexOf(t.charAt(0)) >= 0 && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
        t = t.substring(1, t.length() - 1).strip();
      } else if (!t.isEmpty() && QUOTES.indexOf(t.charAt(0)) >= 0 && t.chars().filter(c -> QUOTES.indexOf(c) >= 0).count() == 1) {
        t = t.substring(1).strip();
      } else if (!t.isEmpty() && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0
          && t.chars().filter(c -> QUOTES.indexOf(c) >= 0).count() == 1) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) {
        t = t.substring(1, t.length() - 1).strip();
      }
      changed = !t.equals(before);
    }
    return t.isEmpty() ? null : t;
  }

  static String year(String date) {
    if (date == null) {
      return null;
    }
    Matcher m = YEAR.matcher(date);
    return m.find() ? m.group(1) : text(date);
  }

  static String number(String s) {
    String t = text(s);
    return t == null ? null : text(NUMBER_PREFIX.matcher(t).replaceFirst(""));
  }

  static String pages(String s) {
    String t = text(s);
    if (t == null) {
      return null;
    }
    t = PAGE_PREFIX.matcher(t).replaceFirst("");
    return text(t.replaceAll("\\s*[-–—‒−]+\\s*", "-"));
  }

  static String doi(String s) {
    String t = text(s);
    return t == null ? null : text(DOI_PREFIX.matcher(t).replaceFirst("").replaceAll("\\s+", ""));
  }

  /** The DOI labelled as such, else the one a doi.org address (labelled as a URL) holds. */
  static String doi(String labelled, String url) {
    if (labelled != null || url == null || !url.matches("(?i).*doi\\.org/.*")) {
      return doi(labelled);
    }
    return findDoi(url);
  }

  /** Whether the text is a DOI ("10.", a registrant code, a slash, a suffix). */
  static boolean isDoi(String s) {
    return DOI_START.matcher(s).lookingAt();
  }

  /**
   * The first DOI in the text, whole: spaces a line break left after a slash or hyphen removed, a
   * trailing full stop, comma or bracket not its own left out; null when there is none.
   */
  static String findDoi(String text) {
    Matcher m = DOI.matcher(text);
    if (!m.find()) {
      return null;
    }
    String d = m.group().replaceAll("\\s+", "").replaceFirst(",\\p{L}.*$", "");
    boolean changed = true;
    while (changed) {
      String before = d;
      d = d.replaceAll("[.,;\\]]+$", "");
      if (d.endsWith(")") && d.chars().filter(c -> c == '(').count() < d.chars().filter(c -> c == ')').count()) {
        d = d.substring(0, d.length() - 1);
      }
      changed = !d.equals(before);
    }
    return d;
  }

  static String url(String s) {
    String t = text(s);
    return t == null ? null : t.replaceAll("\\s+", "");
  }
}
