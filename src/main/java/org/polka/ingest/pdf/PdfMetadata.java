package org.polka.ingest.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Cleaning of a PDF's document-information strings: junk titles dropped, lists split. */
final class PdfMetadata {
  private static final Pattern JUNK_TITLE = Pattern.compile(
      "(?i)^(microsoft (word|powerpoint|excel)\\s*-.*|untitled.*|title|no title|document\\d*"
          + "|slide \\d+|.*\\.(docx?|pdf|tex|dvi|rtf|odt|indd|qxd|ps|eps|txt))$");
  private static final Pattern FILE_LIKE = Pattern.compile("^[\\w.-]*[\\d_][\\w.-]*$");

  private PdfMetadata() {}

  /** The metadata title unless it is junk: a word-processor name, a file name, a placeholder. */
  static String title(String raw, String fileName) {
    String t = clean(raw);
    if (t == null || t.length() < 4 || JUNK_TITLE.matcher(t).matches()
        || FILE_LIKE.matcher(t).matches() || t.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    String base = fileName.replaceFirst("(?i)\\.pdf$", "");
    return t.equalsIgnoreCase(base) || t.equalsIgnoreCase(fileName) ? null : t;
  }

  /** Author names from the author field, split on ";", " and ", "&" or commas between full names. */
  static List<String> names(String raw) {
    String a = clean(raw);
    if (a == null) {
      return List.of();
    }
    String[] parts = a.split("\\s*(;|\\band\\b|&)\\s*");
    List<String> names = Arrays.stream(parts).map(String::strip).filter(s -> !s.isEmpty()).toList();
    boolean commaSeparatedFullNames = names.size() == 1 && a.contains(",")
        && Arrays.stream(a.split(",")).allMatch(p -> p.strip().contains(" "));
    if (commaSeparatedFullNames) {
      return Arrays.stream(a.split(",")).map(String::strip).toList();
    }
    return names;
  }

  /** Keywords split on commas and semicolons. */
  static List<String> keywords(String raw) {
    String k = clean(raw);
    if (k == null) {
      return List.of();
    }
    return Arrays.stream(k.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** The value with whitespace collapsed and NULs removed, or null when blank. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.replace("\u0000", "").replaceAll("\\s+", " ").strip();
    return s.isEmpty() || s.toLowerCase(Locale.ROOT).equals("null") ? null : s;
  }
}
