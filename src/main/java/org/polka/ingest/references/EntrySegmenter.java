package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The segmenter of bibliography lines into entries. Numbered lists ("[3]", "12.", "(4)") start an
 * entry at each next number. Otherwise, with the hanging indent lost in the text, a line starts an
 * entry when it opens like one (a family name and initials, "Иванов И.И.", a repeated-author dash)
 * and the line before closed like one (a full stop, a page range, a year); a line that opens in
 * lower case or follows a hyphen, comma or "and" continues the entry. In a bulleted list each
 * bullet starts an entry. Words broken at line ends
 * are rejoined.
 */
public final class EntrySegmenter {
  private static final Pattern NUMBER = Pattern.compile(
      "^\\s*(?:\\[(\\d{1,4})\\]\\s*|(?:\\((\\d{1,4})\\)|(\\d{1,4})[.)]?)\\s+)\\S");
  private static final Pattern BULLET = Pattern.compile("^[•▪◦●■►‣∙·]\\s*");
  private static final Pattern NAME_START = Pattern.compile(
      "^(?:(?:[-–—_]{2,}|\\p{Lu}\\.\\s*(?:\\p{Lu}\\.\\s*)?\\p{Lu}\\p{L}+)"
          + "|(?:(?:van|von|de|der|del|di|du|la|le)\\s+)*\\p{Lu}[\\p{L}'’`-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?"
          + "(?:,\\s*\\p{Lu}|\\s+\\p{Lu}\\.|\\s+\\p{Lu}{1,3}[,\\s]|\\s*\\(\\d{4}|\\s*\\[\\d{4}|,\\s*\\(?\\d{4}|\\s*/\\s*\\p{Lu}|\\s+(?:and|&|und)\\s))");
  private static final Pattern OPEN_END = Pattern.compile(
      "(?iu)(?:[,:;&/-]|\\b(?:and|und|in|et|the|of|for|a|an|to|on|и|в)|\\(\\p{L}*)$");
  private static final Pattern CLOSED_END = Pattern.compile("(?:[.)\\]]|\\d|\\p{L}{2,}\\.)$");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[6-9]\\d\\d|20[0-3]\\d)[a-z]?(?!\\d)");
  private static final int RESUME_WINDOW = 6;
  private static final Pattern BROKEN = Pattern.compile("(\\p{Ll})[-‐]$");

  private EntrySegmenter() {}

  /** The entries of the bibliography's lines, each as one line of text. */
  public static List<String> segment(List<String> lines) {
    List<String> clean = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (clean.isEmpty()) {
      return List.of();
    }
    List<String> out = bulleted(clean) ? byBullets(clean) : numbered(clean) ? byNumbers(clean) : byShape(clean);
    return out.stream().map(e -> e.replaceAll("\\s+", " ").strip()).filter(e -> e.length() > 3).toList();
  }

  /** Whether the list opens with a bullet ("•", "▪") and at least a fifth of its lines do. */
  private static boolean bulleted(List<String> lines) {
    long bullets = lines.stream().filter(l -> BULLET.matcher(l).find()).count();
    return BULLET.matcher(lines.get(0)).find() && bullets >= 2 && bullets * 5 >= lines.size();
  }

  private static List<String> byBullets(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      Matcher b = BULLET.matcher(l);
      if (b.find()) {
        out.add(l.substring(b.end()));
      } else {
        out.add(join(out.removeLast(), l));
      }
    }
    return out;
  }

  private static boolean numbered(List<String> lines) {
    Integer first = number(lines.get(0));
    if (first == null || first > 2) {
      return false;
    }
    int expected = first;
    int found = 0;
    for (String l : lines) {
      Integer n = number(l);
      if (n != null && n == expected + 1) {
        expected = n;
        found++;
      }
    }
    return found >= Math.min(2, lines.size() / 3);
  }

  private static Integer number(String line) {
    Matcher m = NUMBER.matcher(line);
    if (!m.find()) {
      return null;
    }
    String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return Integer.parseInt(g);
  }

  private static List<String> byNumbers(List<String> lines) {
    List<String> out = new ArrayList<>();
    int expected = number(lines.get(0));
    for (String l : lines) {
      Integer n = number(l);
      if (out.isEmpty() || n != null && (n == expected + 1 || n == expected + 2)) {
        out.add(l);
        expected = n == null ? expected : n;
      } else {
        out.add(join(out.removeLast(), l));
      }
    }
    return out;
  }

  private static List<String> byShape(List<String> lines) {
    List<String> out = new ArrayList<>();
    int longest = lines.stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (out.isEmpty() || startsEntry(lines.get(i - 1), l, longest)) {
        out.add(l);
      } else {
        out.add(join(out.removeLast(), l));
      }
    }
    return out;
  }

  /** Whether the line opens like an author-year entry: a name first, a year within its first 80 characters. */
  static boolean opensDatedEntry(String line) {
    Matcher y = YEAR.matcher(line);
    return NAME_START.matcher(line).find() && y.find() && y.start() < 80;
  }

  /** Whether {@code line} starts a new entry after {@code previous}. */
  static boolean startsEntry(String previous, String line, int longest) {
    if (Character.isLowerCase(line.codePointAt(0)) && !line.startsWith("van ") && !line.startsWith("von ")
        && !line.startsWith("de ")) {
      return false;
    }
    int score = 0;
    if (NAME_START.matcher(line).find()) {
      score += 2;
    }
    Matcher y = YEAR.matcher(line);
    if (y.find() && y.start() < 80) {
      score += 1;
    }
    if (OPEN_END.matcher(previous).find()) {
      score -= 2;
    } else if (CLOSED_END.matcher(previous).find()) {
      score += 1;
    }
    if (previous.length() < longest * 0.7) {
      score += 1;
    }
    return score >= 3;
  }

  /**
   * The entries up to where the list stops looking like a bibliography: two entries in a row
   * without a year (or "n.d.") or mostly of digits, such as the rows of a table or a list of the
   * publisher's other papers printed after the references, end it unless most of the few entries
   * after them look like references again (an undated entry split in two mid-list does not).
   */
  public static List<String> trimTail(List<String> entries) {
    for (int i = 0; i < entries.size(); i++) {
      boolean bad = !referenceLike(entries.get(i));
      boolean nextBad = i + 1 >= entries.size() || !referenceLike(entries.get(i + 1));
      if (bad && nextBad && !resumes(entries, i + 2)) {
        return entries.subList(0, i);
      }
    }
    return entries;
  }

  /** Whether most of the (up to) {@value #RESUME_WINDOW} entries from {@code from} look like references. */
  private static boolean resumes(List<String> entries, int from) {
    List<String> next = entries.subList(Math.min(from, entries.size()),
        Math.min(from + RESUME_WINDOW, entries.size()));
    long good = next.stream().filter(EntrySegmenter::referenceLike).count();
    return next.size() >= 3 && good * 4 >= next.size() * 3;
  }

  static boolean referenceLike(String entry) {
    long letters = entry.codePoints().filter(Character::isLetter).count();
    long visible = entry.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    boolean dated = YEAR.matcher(entry).find()
        || entry.matches("(?iu).*\\b(?:n\\.\\s?d|o\\.\\s?j|s\\.\\s?d|б\\.\\s?г|forthcoming|in press|im druck|в печати)\\b.*");
    return dated && letters >= visible * 0.6 && entry.length() <= 1200;
  }

  /** The lines as one text, words broken at line ends rejoined. */
  static String joinLines(List<String> lines) {
    String out = "";
    for (String l : lines) {
      out = out.isEmpty() ? l.strip() : join(out, l.strip());
    }
    return out;
  }

  private static String join(String entry, String line) {
    Matcher broken = BROKEN.matcher(entry);
    if (broken.find() && Character.isLowerCase(line.codePointAt(0))) {
      return entry.substring(0, entry.length() - 1) + line;
    }
    return entry + " " + line;
  }
}
