package org.polka.ingest.pdf.layout;

import java.util.regex.Pattern;

/**
 * The test of whether a line stands as a section heading: short, standing apart from the running
 * text, and set apart by type (bold, larger, capitals, letter-spaced), by numbering ("2.1 Data",
 * "IV. Results"), or by being a usual heading word ("Introduction", "Literatur", "Заключение").
 */
final class Headings {
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[IVX]{1,5}\\.|[A-H]\\.)\\s+\\p{L}.*");
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)^(fig(ure|\\.)?|table|tab\\.|abb(ildung|\\.)|tabelle|chart|graph|рис(унок|\\.)|таблица|source|quelle)\\s*\\d*[.:]?.*");
  private static final Pattern USUAL = Pattern.compile("(?iu)^(\\d{1,2}(\\.\\d{1,2})*\\.?\\s+|[IVX]{1,5}\\.\\s+)?("
      + "introduction|conclusions?|concluding remarks|discussion|results?|methods?|methodology|"
      + "background|summary|acknowledge?ments?|references|bibliography|literature( cited)?|"
      + "appendix|abstract|keywords|notes|einleitung|fazit|schluss(bemerkungen?)?|literatur"
      + "(verzeichnis)?|zusammenfassung|ausblick|anhang|введение|заключение|выводы|литература|"
      + "список литературы|аннотация|results and discussion|materials and methods)\\s*:?$");
  private static final Pattern BIBLIOGRAPHY = Pattern.compile("(?iu)^(\\d{1,2}\\.?\\s+|[IVX]{1,5}\\.\\s+)?("
      + "references?|bibliography|literature( cited)?|works cited|sources|literatur(verzeichnis)?|"
      + "quellen(verzeichnis)?|list of references|references and notes|список литературы|"
      + "литература|библиография|список источников)\\s*:?$");
  private static final Pattern APPENDIX =
      Pattern.compile("(?iu)^(appendix|annex|anhang|приложение|supplementary|about the authors?|"
          + "author biograph|endnotes|notes)\\b.*");
  private static final Pattern FRONT_ONLY = Pattern.compile(
      "(?iu)^(abstract|summary|keywords|key words|zusammenfassung|аннотация|ключевые слова|résumé)\\b.*");
  private static final int MAX_WORDS = 14;

  private Headings() {}

  /** Whether the line is a heading; {@code apart} when it does not continue a sentence above it. */
  static boolean isHeading(Line l, boolean apart, float bodySize, boolean bodyBold) {
    String t = l.text.strip();
    int words = t.split("\\s+").length;
    if (!apart || t.length() > 120 || words > MAX_WORDS || !t.matches("(?s).*\\p{L}{2}.*")
        || CAPTION.matcher(t).matches() || t.endsWith(",") || t.endsWith(";")) {
      return false;
    }
    if (l.letterSpaced || USUAL.matcher(t).matches()) {
      return true;
    }
    if (l.size < bodySize - 0.7f) {
      return false;
    }
    boolean sentence = t.endsWith(".") && words > 4;
    boolean bigger = l.size >= bodySize + 0.9f;
    boolean bold = l.bold && !bodyBold;
    boolean caps = t.equals(t.toUpperCase()) && t.chars().filter(Character::isLetter).count() >= 4;
    boolean numbered = NUMBERED.matcher(t).matches() && !t.endsWith(".") && words <= 10
        && Character.isUpperCase(firstLetter(t));
    if (sentence && !numbered) {
      return false;
    }
    return bigger || bold || (caps && words <= 10) || numbered;
  }

  /** The heading's level: its numbering depth, else 1. */
  static int level(String heading) {
    var m = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s").matcher(heading);
    return m.find() ? m.group(1).split("\\.").length : 1;
  }

  /** Whether the heading is one that opens an article's body: numbered, or "Introduction". */
  static boolean opensBody(String text) {
    String t = text.strip();
    return NUMBERED.matcher(t).matches() || t.matches("(?iu)^(\\d\\.?\\s*)?(introduction|einleitung|введение)\\s*:?$");
  }

  static boolean isBibliography(String text) {
    return BIBLIOGRAPHY.matcher(text.strip()).matches();
  }

  static boolean isAppendix(String text) {
    return APPENDIX.matcher(text.strip()).matches();
  }

  static boolean isFrontOnly(String text) {
    return FRONT_ONLY.matcher(text.strip()).matches();
  }

  private static int firstLetter(String t) {
    return t.codePoints().filter(Character::isLetter).findFirst().orElse('a');
  }
}
