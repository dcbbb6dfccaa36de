package org.polka.ingest.jsonl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Author;

/**
 * A splitter of authors' names as corpus records print them into given and family parts, used only
 * when the split is obvious: "Given Family", "Given M. Family", "Family I.O.", "I.O. Family" and
 * Russian "Family Given Patronymic". Anything else keeps only the full name.
 */
final class PersonNames {
  private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\p{L}";
  private static final String INITIALS = "(?:\\p{Lu}\\.\\s*){1,3}";
  private static final Pattern FAMILY_INITIALS =
      Pattern.compile("^(" + WORD + ")\\s+(" + INITIALS + ")$");
  private static final Pattern INITIALS_FAMILY =
      Pattern.compile("^(" + INITIALS + ")\\s*(" + WORD + ")$");
  private static final Pattern RUSSIAN_FULL = Pattern.compile(
      "^(" + WORD + ")\\s+(" + WORD + ")\\s+(" + WORD + "(?:вич|вна|ична|ич|оглы|кызы))$");
  private static final Pattern GIVEN_FAMILY = Pattern.compile(
      "^(" + WORD + "(?:\\s+\\p{Lu}\\.)*)\\s+(" + WORD + ")$");

  private PersonNames() {}

  /** The author with the name as printed (spaces normalised) and its parts when obvious. */
  static Author author(String printed) {
    String name = printed.strip().replaceAll("\\s+", " ");
    Matcher m = FAMILY_INITIALS.matcher(name);
    if (m.matches()) {
      return split(name, m.group(2).strip(), m.group(1));
    }
    m = INITIALS_FAMILY.matcher(name);
    if (m.matches()) {
      return split(name, m.group(1).strip(), m.group(2));
    }
    m = RUSSIAN_FULL.matcher(name);
    if (m.matches()) {
      return split(name, m.group(2) + " " + m.group(3), m.group(1));
    }
    m = GIVEN_FAMILY.matcher(name);
    if (m.matches() && !looksLikeInitials(m.group(2))) {
      return split(name, m.group(1), m.group(2));
    }
    return Author.named(name);
  }

  /** PubMed-style "Bowie Ej": a short last word is initials, so the order is not obvious. */
  private static boolean looksLikeInitials(String word) {
    return word.length() <= 2;
  }

  private static Author split(String name, String given, String family) {
    return new Author(name, given, family, null, null, null);
  }
}
