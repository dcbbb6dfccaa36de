package org.polka.ingest;

/**
 * A guess of a text's language from its letters: Cyrillic text is Russian, Latin text English.
 *
 * <p>The library's two languages differ in script, so counting letters is both fast and right for
 * them; other languages are reported as unknown only when the text has no letters at all.
 */
public final class Languages {
  private Languages() {}

  /** "ru", "en", or null for text without letters; looks at most at the first 20,000 characters. */
  public static String guess(String text) {
    if (text == null) {
      return null;
    }
    int cyrillic = 0;
    int latin = 0;
    int end = Math.min(text.length(), 20_000);
    for (int i = 0; i < end; i++) {
      char ch = text.charAt(i);
      if (Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
      } else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
        latin++;
      }
    }
    if (cyrillic == 0 && latin == 0) {
      return null;
    }
    return cyrillic >= latin ? "ru" : "en";
  }
}
