package org.polka.web;

import java.util.Locale;

/** The readable part of an article's canonical URL: its title in lower-case Latin letters and digits. */
final class Slugs {
  private static final int MAX = 60;
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєў";
  private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k",
      "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
      "e", "yu", "ya", "i", "yi", "ye", "u"};

  private Slugs() {}

  /**
   * "Водные ресурсы Центральной Азии" gives "vodnye-resursy-tsentralnoy-azii": transliterated, words
   * joined by hyphens, cut at a word end to at most 60 characters; "article" when nothing is left.
   */
  static String of(String title) {
    StringBuilder out = new StringBuilder();
    String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int k = CYRILLIC.indexOf(c);
      if (k >= 0) {
        out.append(LATIN[k]);
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    String slug = out.toString().replaceAll("-+$", "");
    if (slug.length() > MAX) {
      int cut = slug.lastIndexOf('-', MAX);
      slug = slug.substring(0, cut > 0 ? cut : MAX);
    }
    return slug.isEmpty() || slug.equals("file") ? "article" : slug;
  }
}
