package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.polka.article.PersonName;

/**
 * A list of personal names as printed in a bibliography entry, split into names and each name into
 * given and family parts: "Bauer, T., Epstein, G. I. and Gang, N.", "J. P. Collman, B. Iverson et
 * J. L. Sessler", "Stefan Liebig/Holger Lengfeld", "Иванов И.И., Петров П.П.", "Smith JA, Jones B".
 */
public final class NameList {
  private static final Pattern NOISE = Pattern.compile(
      "(?iu)\\bet\\s+al\\b\\.?|\\bu\\.\\s*a\\.|\\bи\\s+др\\.?|\\((?:eds?|hrsg|hg|ред|сост|coord|dir)\\.?\\)"
          + "|\\b(?:eds?|hrsg|hg)\\.(?=\\s|$)|\\b(?:edited by|hrsg\\. von)\\b|\\[[^\\]]*\\]|\\*");
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s*(?:;|/|,\\s*(?:and|&|und|et|и)\\s+|\\s(?:and|&|und|et|и|e|y)\\s|,)\\s*");
  private static final Pattern INITIALS = Pattern.compile(
      "(?:(?:\\p{Lu}\\p{Ll}\\.|\\p{Lu}\\.?)\\s*-?\\s*){1,4}|\\p{Lu}{1,3}");
  private static final Pattern GLUED_INITIALS = Pattern.compile("(\\p{Lu}\\.)(?=\\p{Lu}[\\p{Ll}]{2,})");
  private static final List<String> PARTICLES = List.of("van", "von", "de", "der", "den", "du",
      "da", "di", "del", "della", "la", "le", "ten", "ter", "dos", "das", "zu", "St.");

  private NameList() {}

  /** The names of the list, in order; empty for blank text. */
  public static List<PersonName> parse(String text) {
    if (text == null) {
      return List.of();
    }
    String clean = NOISE.matcher(text).replaceAll(" ").replaceAll("\\s+", " ")
        .replaceAll("^[\\s,;:.(]+|[\\s,;:(]+$", "");
    clean = GLUED_INITIALS.matcher(clean).replaceAll("$1 ");
    List<String> parts = new ArrayList<>();
    for (String part : SEPARATOR.split(clean)) {
      String p = part.strip().replaceAll("^[.,:]+|[,:]+$", "").strip();
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    List<String[]> names = new ArrayList<>();
    boolean inverted = parts.size() >= 2 && familyLike(parts.get(0)) && givenLike(parts.get(1));
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      if (inverted && familyLike(p) && i + 1 < parts.size() && givenLike(parts.get(i + 1))) {
        names.add(new String[] {p, parts.get(++i)});
        continue;
      }
      boolean initials = INITIALS.matcher(p).matches();
      String[] last = names.isEmpty() ? null : names.getLast();
      if (initials && last != null && last[1] == null
          && (!last[0].contains(" ") || !hasInitials(last[0]))) {
        last[1] = p;
      } else {
        names.add(new String[] {p, null});
      }
    }
    List<PersonName> out = new ArrayList<>();
    for (String[] n : names) {
      out.add(n[1] != null ? new PersonName(n[1].strip(), n[0].strip()) : split(n[0]));
    }
    return out;
  }

  /** A family name alone: one word, perhaps after particles ("van der Arf"), not initials. */
  private static boolean familyLike(String part) {
    String[] words = part.split(" ");
    int particles = 0;
    while (particles < words.length - 1 && PARTICLES.contains(words[particles])) {
      particles++;
    }
    return words.length - particles == 1 && !INITIALS.matcher(part).matches()
        && Character.isUpperCase(words[particles].codePointAt(0));
  }

  /** Given names: initials, or up to three capitalised words or initials ("Randall L.", "B. von"). */
  private static boolean givenLike(String part) {
    if (INITIALS.matcher(part).matches()) {
      return true;
    }
    String[] words = part.split(" ");
    if (words.length > 3) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      boolean particle = i > 0 && PARTICLES.contains(words[i]);
      if (!particle && !Character.isUpperCase(words[i].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasInitials(String name) {
    for (String w : name.split(" ")) {
      if (INITIALS.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /** One name in direct order ("J. P. Collman", "van der Arf") or family-first ("Иванов И.И."). */
  static PersonName split(String name) {
    String[] words = name.split(" ");
    if (words.length == 1) {
      return new PersonName(null, name);
    }
    int lead = 0;
    while (lead < words.length && INITIALS.matcher(words[lead]).matches()) {
      lead++;
    }
    int trail = 0;
    while (trail < words.length - 1 && INITIALS.matcher(words[words.length - 1 - trail]).matches()
        && (words[words.length - 1 - trail].contains(".") || lead == 0)) {
      trail++;
    }
    if (lead == 0 && trail > 0) {
      return new PersonName(join(words, words.length - trail, words.length),
          join(words, 0, words.length - trail));
    }
    int family = words.length - 1;
    while (family > 0 && PARTICLES.contains(words[family - 1])) {
      family--;
    }
    return new PersonName(join(words, 0, family), join(words, family, words.length));
  }

  private static String join(String[] words, int from, int to) {
    return from >= to ? null : String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
  }
}
