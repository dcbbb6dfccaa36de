package org.polka.ingest.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features of each token of an entry that the tagger weighs: the token and its neighbours,
 * their shapes, where the token stands in the entry, and what came before it (quotes, brackets,
 * "In:", "//", a year, how many full stops and commas).
 */
final class Features {
  private Features() {}

  /** One feature list per token. */
  static List<List<String>> of(List<Token> tokens) {
    int n = tokens.size();
    List<List<String>> out = new ArrayList<>(n);
    String[] words = new String[n];
    String[] shapes = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      shapes[i] = shape(tokens.get(i).text());
    }
    boolean quote = false;
    int parens = 0;
    boolean in = false;
    boolean slashes = false;
    boolean year = false;
    int stops = 0;
    int commas = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      List<String> f = new ArrayList<>(32);
      f.add("b");
      f.add("w=" + words[i]);
      f.add("s=" + shapes[i]);
      f.add("pos=" + (10 * i / Math.max(1, n)));
      if (i < 4) {
        f.add("i=" + i);
      }
      f.add(t.spaceBefore() ? "sp" : "nsp");
      if (i + 1 < n && !tokens.get(i + 1).spaceBefore()) {
        f.add("glued-next");
      }
      if (isYear(t.text())) {
        f.add("year");
      }
      if (i + 1 < n && shapes[i].equals("X") && words[i + 1].equals(".")) {
        f.add("initial");
      }
      f.add("p1=" + (i > 0 ? words[i - 1] : "<s>"));
      f.add("p2=" + (i > 1 ? words[i - 2] : "<s>"));
      f.add("n1=" + (i + 1 < n ? words[i + 1] : "</s>"));
      f.add("n2=" + (i + 2 < n ? words[i + 2] : "</s>"));
      f.add("ps1=" + (i > 0 ? shapes[i - 1] : "<s>"));
      f.add("ns1=" + (i + 1 < n ? shapes[i + 1] : "</s>"));
      f.add("ps|s=" + (i > 0 ? shapes[i - 1] : "<s>") + "|" + shapes[i]);
      f.add("s|ns=" + shapes[i] + "|" + (i + 1 < n ? shapes[i + 1] : "</s>"));
      f.add("p1|w=" + (i > 0 ? words[i - 1] : "<s>") + "|" + words[i]);
      f.add("w|n1=" + words[i] + "|" + (i + 1 < n ? words[i + 1] : "</s>"));
      if (quote) {
        f.add("in-quote");
      }
      if (parens > 0) {
        f.add("in-parens");
      }
      if (in) {
        f.add("after-in");
      }
      if (slashes) {
        f.add("after-slashes");
      }
      if (year) {
        f.add("after-year");
      }
      f.add("stops=" + Math.min(stops, 5));
      f.add("commas=" + Math.min(commas, 5));
      out.add(f);
      String w = t.text();
      quote = quoteAfter(quote, tokens, i);
      parens += "([".contains(w) ? 1 : ")]".contains(w) ? -1 : 0;
      parens = Math.max(0, parens);
      in |= (words[i].equals("in") || words[i].equals("в")) && i + 1 < n
          && (words[i + 1].equals(":") || Character.isUpperCase(tokens.get(i + 1).text().charAt(0)));
      slashes |= w.equals("/") && i > 0 && words[i - 1].equals("/");
      year |= isYear(w);
      stops += w.equals(".") ? 1 : 0;
      commas += w.equals(",") ? 1 : 0;
    }
    return out;
  }

  /** Whether a quotation is open after token {@code i}, given whether one was open before it. */
  private static boolean quoteAfter(boolean open, List<Token> tokens, int i) {
    String w = tokens.get(i).text();
    boolean spaceAfter = i + 1 >= tokens.size() || tokens.get(i + 1).spaceBefore()
        || !Character.isLetterOrDigit(tokens.get(i + 1).text().codePointAt(0));
    return switch (w) {
      case "“", "«", "„" -> true;
      case "”", "»" -> false;
      case "\"" -> !open;
      case "‘" -> open || tokens.get(i).spaceBefore();
      case "’", "'" -> open && !spaceAfter;
      default -> open;
    };
  }

  static boolean isYear(String s) {
    if (s.length() != 4 || !s.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(s);
    return y >= 1600 && y <= 2039;
  }

  /** The token's shape: X upper, x lower, d digits (with their count), other characters as is. */
  static String shape(String s) {
    int c = s.codePointAt(0);
    if (Character.isDigit(c)) {
      return "d" + Math.min(s.length(), 5);
    }
    if (!Character.isLetter(c)) {
      return s;
    }
    boolean upper = Character.isUpperCase(c);
    boolean allUpper = s.codePoints().allMatch(Character::isUpperCase);
    String script = Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC ? "c" : "";
    if (s.codePointCount(0, s.length()) == 1) {
      return (upper ? "X" : "x") + script;
    }
    String len = s.length() <= 3 ? "s" : "";
    return (allUpper ? "XX" : upper ? "Xx" : "x") + len + script;
  }
}
