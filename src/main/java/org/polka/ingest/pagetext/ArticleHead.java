package org.polka.ingest.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.polka.article.Author;

/**
 * The head of the article inside the page text: the title repeated in capitals (or in any case as
 * the very first line), then author lines
 * ("Bakhtier RASHIDOV") each followed by affiliation lines.
 *
 * <p>Text before the title head belongs to the previous article of the same journal issue (the PDF
 * page it shares) and is dropped by the reader.
 *
 * @param titleAt index of the first title-head line, or -1 when the head was not found
 * @param bodyAt index of the first body line after the head (0 when the head was not found)
 */
record ArticleHead(int titleAt, int bodyAt, List<Author> authors) {

  private static final int MAX_TITLE_LINES = 4;
  private static final Pattern AFFILIATION_HINT = Pattern.compile(
      "[(,]|(?iu)univers|institut|academ|research|cent(er|re)|college|school|faculty|department|"
          + "ph\\.?\\s?d|d\\.?\\s?sc|professor|lecturer|университет|институт|академ|кафедр|"
          + "факультет|центр|доцент|профессор|аспирант|канд\\.|д-р");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}’'.-]*");

  /**
   * Finds the head of the article titled {@code title} in the text lines. Away from the first line
   * only a title in capitals counts, so that a heading equal to a short title cannot cut the text.
   */
  static ArticleHead find(List<String> lines, String title) {
    if (title == null) {
      return new ArticleHead(-1, 0, List.of());
    }
    String key = letters(title);
    for (int i = 0; i < lines.size(); i++) {
      var joined = new StringBuilder();
      for (int n = 0; n < MAX_TITLE_LINES && i + n < lines.size(); n++) {
        joined.append(letters(lines.get(i + n)));
        if (joined.toString().equals(key) && (i == 0 || isUpper(String.join(" ", lines.subList(i, i + n + 1))))) {
          return withAuthors(lines, i, i + n + 1);
        }
        if (!key.startsWith(joined.toString())) {
          break;
        }
      }
    }
    return new ArticleHead(-1, 0, List.of());
  }

  private static ArticleHead withAuthors(List<String> lines, int titleAt, int after) {
    List<Author> authors = new ArrayList<>();
    int i = after;
    while (i < lines.size() && isAuthorLine(lines.get(i))) {
      List<String> names = List.of(lines.get(i).split("\\s*,\\s*"));
      i++;
      List<String> affiliations = new ArrayList<>();
      while (i < lines.size() && !isAuthorLine(lines.get(i)) && isAffiliation(lines.get(i))) {
        affiliations.add(lines.get(i).strip());
        i++;
      }
      names.forEach(n -> authors.add(author(n, affiliations)));
    }
    return new ArticleHead(titleAt, i, authors);
  }

  /** Whether a line is a name list like "Bakhtier RASHIDOV" or "Ivan PETROV, Anna SIDOROVA". */
  static boolean isAuthorLine(String line) {
    if (line.length() > 120 || line.matches(".*\\d.*")) {
      return false;
    }
    boolean capitalsWord = false;
    for (String name : line.split("\\s*,\\s*")) {
      String[] words = name.strip().split("\\s+");
      if (words.length < 2 || words.length > 4) {
        return false;
      }
      for (String w : words) {
        if (!NAME_WORD.matcher(w).matches()) {
          return false;
        }
        capitalsWord |= w.length() > 1 && isUpper(w);
      }
    }
    return capitalsWord;
  }

  private static boolean isAffiliation(String line) {
    return line.length() <= 300 && AFFILIATION_HINT.matcher(line).find();
  }

  /** An author from "Given SURNAME" (or "SURNAME Given"), with the capitals restored. */
  static Author author(String line, List<String> affiliations) {
    String[] words = line.strip().split("\\s+");
    int family = words.length - 1;
    for (int k = 0; k < words.length; k++) {
      if (words[k].length() > 1 && isUpper(words[k])) {
        family = k;
        break;
      }
    }
    String familyName = restoreCase(words[family]);
    var given = new ArrayList<String>();
    for (int k = 0; k < words.length; k++) {
      if (k != family) {
        given.add(words[k]);
      }
    }
    String givenName = String.join(" ", given);
    String name = givenName.isEmpty() ? familyName : givenName + " " + familyName;
    return new Author(name, givenName.isEmpty() ? null : givenName, familyName, affiliations, null, null);
  }

  /** "RASHIDOV" as "Rashidov", "IVANOVA-PETROVA" as "Ivanova-Petrova", "O’BRIEN" as "O’Brien". */
  static String restoreCase(String word) {
    var sb = new StringBuilder();
    boolean startOfPart = true;
    for (int cp : word.codePoints().toArray()) {
      sb.appendCodePoint(startOfPart ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
      startOfPart = !Character.isLetter(cp);
    }
    return sb.toString();
  }

  private static boolean isUpper(String s) {
    return s.codePoints().anyMatch(Character::isLetter)
        && s.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
  }

  private static String letters(String s) {
    return s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
