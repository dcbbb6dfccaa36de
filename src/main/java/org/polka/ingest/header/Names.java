package org.polka.ingest.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.PersonName;

/**
 * The reading of author lines: a line split into names with their affiliation markers, the test of
 * whether a line is a list of people at all, and the split of a name into given and family parts.
 */
final class Names {
  /** Separators between authors: commas, semicolons, "and", "&", "und", "и". */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*(?:[,;]|\\s(?:and|AND|&|und|и|et)\\s)\\s*");
  /** Affiliation markers: digits, letters standing alone, stars, daggers and the like. */
  private static final Pattern MARKER = Pattern.compile(
      "(?<![\\p{L}.])(\\d{1,2}|[a-h])(?![\\p{L}\\d.])|[*∗⁎†‡§¶#¤✉⊥‖]|\\bID\\b|\\borcid\\b");
  private static final Pattern INITIAL = Pattern.compile("^(\\p{Lu}\\.?-?)+\\.?$|^\\p{Lu}\\p{Ll}?\\.$");
  private static final Pattern WORD = Pattern.compile("^\\p{Lu}[\\p{L}'’`\\-]*\\.?$");
  private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del",
      "della", "di", "da", "dos", "das", "du", "la", "le", "ten", "ter", "bin", "al", "el", "zu",
      "y", "mc", "st.");
  private static final Pattern NOT_A_NAME_WORD = Pattern.compile("(?iu).*(tion|sion|ment|ity|"
      + "ics|ogy|ness|ism|ive|ous|able|ical|ysis|ities|ments|ation|ional|ческий|ние|"
      + "ость|ции|ung|keit|heit|schaft)$");
  private static final Pattern PATRONYMIC = Pattern.compile("(?u).*(вич|вна|ична|ич|оглы|кызы)$");
  /** Degrees, titles and collaboration phrases printed around names, removed before reading. */
  private static final Pattern DEGREES = Pattern.compile("(?u),\\s*(M\\.?D\\.?|Ph\\.?\\s?D\\.?|M\\.?S"
      + "c?\\.?|B\\.?Sc?\\.?|D\\.?Sc\\.?|MPH|RN|FRCP|MBBS|MA|BA)(?=[\\s,;\\d*]|$)"
      + "|\\s+(MD|PhD|Ph\\.D\\.?)(?=[\\s,;\\d*]|$)"
      + "|\\s*,?\\s*\\(?\\b(on behalf of\\b.*|for the\\b.*\\b(?i:collaboration|consortium|group"
      + "|team)s?\\.?)$");
  /** A conjunction left at the start of a part by a comma before it (", and A. Toropov"). */
  private static final Pattern LEADING_AND = Pattern.compile("(?u)^(and|&|und|и)\\s+");
  /** A year in brackets or a page range: a journal reference ("Z. Naturforsch. 54a, 272-273 (1999)"). */
  private static final Pattern CITATION = Pattern.compile("\\((19|20)\\d\\d\\)|\\d{2,}\\s*[-–]\\s*\\d{2,}");
  private static final Pattern LEAD = Pattern.compile("(?iu)^(by|authors?|авторы?|von)\\s*:?\\s+");

  /** One name read from an author line, with the markers printed after it. */
  record Printed(String name, List<String> markers) {}

  private Names() {}

  /** The names of an author line in order, each with its markers; empty when none reads as a name. */
  static List<Printed> split(String line) {
    String text = DEGREES.matcher(LEAD.matcher(line.strip()).replaceFirst("")).replaceAll("")
        .replaceAll("(?<=\\b\\p{Lu}\\p{Ll}?\\.)(?=\\p{Lu})", " ")
        .replaceAll("(?u)^\\s*(and|&|und|и)\\s+|\\s+(and|AND|&|und|и)\\s*$", "")
        .replaceAll("(?<=\\p{L})(\\d{1,2})(?![\\p{L}\\d])", " $1");
    List<Printed> out = new ArrayList<>();
    for (String split : SEPARATOR.split(text)) {
      String part = LEADING_AND.matcher(split).replaceFirst("");
      List<String> markers = new ArrayList<>();
      Matcher m = MARKER.matcher(part);
      StringBuilder rest = new StringBuilder();
      while (m.find()) {
        markers.add(m.group());
        m.appendReplacement(rest, " ");
      }
      m.appendTail(rest);
      String name = rest.toString().replaceAll("[()\\[\\]^,]", " ").replaceAll("\\s+", " ").strip();
      if (name.codePoints().filter(Character::isLetter).count() < 2) {
        if (!out.isEmpty() && !markers.isEmpty()) {
          Printed last = out.removeLast();
          List<String> all = new ArrayList<>(last.markers());
          all.addAll(markers);
          out.add(new Printed(last.name(), all));
        }
        continue;
      }
      out.add(new Printed(name, List.copyOf(markers)));
    }
    return out;
  }

  /** How many of the line's parts read as people's names, and how many parts there are. */
  static double nameShare(String line) {
    List<Printed> parts = split(line);
    if (parts.isEmpty()) {
      return 0;
    }
    return parts.stream().filter(p -> isName(p.name())).count() / (double) parts.size();
  }

  /** Whether the line is a list of people: nearly every part a name, no institution words. */
  static boolean isAuthorLine(String line) {
    if (Cues.hasInstitution(line) || Cues.EMAIL.matcher(line).find() || line.length() > 400
        || Cues.isFurniture(line) || line.strip().endsWith(":") || CITATION.matcher(line).find()) {
      return false;
    }
    List<Printed> parts = new ArrayList<>(split(line));
    if (parts.size() > 1 && isFragment(parts.getLast())) {
      parts.removeLast();
    }
    if (parts.size() > 1 && isFragment(parts.getFirst())) {
      parts.removeFirst();
    }
    long names = parts.stream().filter(p -> isName(p.name())).count();
    return names > 0 && names >= 0.75 * parts.size();
  }

  /** Half a name cut by a line break: one capitalised word. */
  private static boolean isFragment(Printed p) {
    return p.name().matches("\\p{Lu}[\\p{L}'’\\-]*");
  }

  /** Whether the word is a particle of a family name ("van", "de", "von"). */
  static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the words read as one person's name: 2–6 capitalised words, initials or particles. */
  static boolean isName(String name) {
    String[] tokens = name.split("\\s+");
    if (tokens.length < 2 || tokens.length > 6) {
      return tokens.length == 1 && tokens[0].matches("\\p{Lu}\\.(-?\\p{Lu}\\.)+\\p{Lu}\\p{Ll}+");
    }
    int words = 0;
    for (String t : tokens) {
      if (PARTICLES.contains(t.toLowerCase(Locale.ROOT)) && !t.equals(t.toUpperCase(Locale.ROOT))) {
        continue;
      }
      if (INITIAL.matcher(t).matches() || t.matches("(\\p{Lu}\\.)+-?\\p{Lu}\\p{Ll}+")) {
        continue;
      }
      if (!WORD.matcher(t).matches() || Cues.isFunctionWord(t) || t.length() > 20
          || NOT_A_NAME_WORD.matcher(t).matches() && t.length() > 5) {
        return false;
      }
      words++;
    }
    return words >= 1 && words <= 3;
  }

  /** The given and family parts of a printed name; null parts when the split is not clear. */
  static PersonName person(String printed) {
    String[] t = printed.strip().split("\\s+");
    if (t.length == 1) {
      Matcher m = Pattern.compile("^((?:\\p{Lu}\\.-?)+)(\\p{Lu}.*)$").matcher(t[0]);
      return m.matches() ? new PersonName(m.group(1), m.group(2)) : new PersonName(null, t[0]);
    }
    int n = t.length;
    if (isInitial(t[n - 1]) && !isInitial(t[0])) {
      int k = n;
      while (k > 1 && isInitial(t[k - 1])) {
        k--;
      }
      return new PersonName(join(t, k, n), join(t, 0, k));
    }
    if (n == 3 && PATRONYMIC.matcher(t[2]).matches()) {
      return new PersonName(join(t, 1, 3), t[0]);
    }
    if (isUpper(t[0]) && !isUpper(t[n - 1]) && t[0].length() > 1) {
      return new PersonName(join(t, 1, n), t[0]);
    }
    int family = n - 1;
    while (family > 1 && PARTICLES.contains(t[family - 1].toLowerCase(Locale.ROOT))) {
      family--;
    }
    return new PersonName(join(t, 0, family), join(t, family, n));
  }

  private static boolean isInitial(String token) {
    return INITIAL.matcher(token).matches() && token.contains(".");
  }

  private static boolean isUpper(String token) {
    return token.length() > 2 && token.equals(token.toUpperCase(Locale.ROOT))
        && token.codePoints().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  private static String join(String[] tokens, int from, int to) {
    return String.join(" ", java.util.Arrays.copyOfRange(tokens, from, to));
  }
}
