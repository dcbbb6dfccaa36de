package org.polka.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Author;
import org.polka.article.PersonName;

/**
 * The name parts citations need: an author's family and given names (split from the full name when
 * the record has no parts), and given names shortened to initials.
 *
 * <p>citeproc-java leaves Cyrillic given names whole, so styles that print initials get them already
 * shortened here: "Иван Иванович" becomes "И. И.", "Анна-Мария" becomes "А.-М.".
 */
final class Names {
  private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
  private static final String INITIALS = "(?:\\p{Lu}\\p{Ll}?\\.[\\s-]*){1,3}";
  private static final Pattern FAMILY_INITIALS =
      Pattern.compile("^(" + WORD + "(?:-" + WORD + ")?),?\\s+(" + INITIALS + ")$");
  private static final Pattern INITIALS_FAMILY = Pattern.compile("^(" + INITIALS + ")\\s*(" + WORD + ")$");
  private static final Pattern RUSSIAN_FULL = Pattern.compile(
      "^(" + WORD + ")\\s+(" + WORD + ")\\s+(" + WORD + "(?:вич|вна|ична|ич|оглы|кызы))$");
  private static final Pattern GIVEN_FAMILY = Pattern.compile("^(.+)\\s+(" + WORD + ")$");
  private static final Pattern PART = Pattern.compile("\\p{L}+\\.?|-");

  private Names() {}

  /**
   * The author's name as family and given parts; a name that cannot be split is all family (a
   * literal name such as an organisation), with a null given part.
   */
  static PersonName parts(Author author) {
    if (present(author.family())) {
      return new PersonName(present(author.given()) ? author.given().strip() : null,
          author.family().strip());
    }
    String name = author.name() == null ? "" : author.name().strip().replaceAll("\\s+", " ");
    Matcher m = FAMILY_INITIALS.matcher(name);
    if (m.matches()) {
      return new PersonName(m.group(2).strip(), m.group(1));
    }
    m = INITIALS_FAMILY.matcher(name);
    if (m.matches()) {
      return new PersonName(m.group(1).strip(), m.group(2));
    }
    m = RUSSIAN_FULL.matcher(name);
    if (m.matches()) {
      return new PersonName(m.group(2) + " " + m.group(3), m.group(1));
    }
    m = GIVEN_FAMILY.matcher(name);
    if (m.matches()) {
      return new PersonName(m.group(1), m.group(2));
    }
    return new PersonName(null, name);
  }

  /**
   * Given names shortened to initials joined by {@code separator} (". " gives "И. И.", "." gives
   * "И.И."); hyphenated names keep the hyphen ("А.-М."); already shortened names are re-spaced.
   */
  static String initials(String given, String separator) {
    if (!present(given)) {
      return given;
    }
    List<String> out = new ArrayList<>();
    Matcher m = PART.matcher(given);
    boolean afterHyphen = false;
    while (m.find()) {
      String part = m.group();
      if (part.equals("-")) {
        afterHyphen = !out.isEmpty();
        continue;
      }
      String initial = part.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + ".";
      if (afterHyphen) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "-" + initial);
      } else {
        out.add(initial);
      }
      afterHyphen = false;
    }
    return String.join(separator.contains(" ") ? " " : "", out);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
