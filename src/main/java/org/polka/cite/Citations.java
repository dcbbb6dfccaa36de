package org.polka.cite;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.polka.article.Article;

/**
 * The citation service: formats articles in a CSL style (GOST R 7.0.100-2018, GOST R 7.0.5-2008, APA,
 * Chicago author-date, Harvard, IEEE) as text or HTML, or writes them as BibTeX, RIS or CSL-JSON.
 *
 * <p>Styles are compiled on first use and kept for the life of the service, so one instance should
 * be shared. Safe for concurrent use. Unknown styles or formats are an {@link IllegalArgumentException}
 * naming what is known.
 */
public final class Citations {
  /** The style the article page shows first. */
  public static final String DEFAULT_STYLE = Style.GOST_2018.key;
  private static final Pattern LABEL = Pattern.compile("^(\\[\\d+]|\\d+\\.)\\s*");
  private static final String RIGHT_INLINE = "<div class=\"csl-right-inline\">";
  private static final Pattern HTML_LABEL = Pattern.compile("<div class=\"csl-left-margin\">.*?</div>");

  private final Map<String, CslEngine> engines = new ConcurrentHashMap<>();

  /** The style keys, CSL styles first, then the data formats. */
  public List<String> styles() {
    return Style.keys();
  }

  /** Whether the style is a data format (BibTeX, RIS, CSL-JSON) rather than a formatted reference. */
  public boolean isDataFormat(String style) {
    return !Style.of(style).csl();
  }

  /**
   * One article in the style. For CSL styles {@code format} is "text" or "html" and the reference
   * comes without a list number; for data formats the format is ignored.
   */
  public String format(Article article, String style, String format) {
    Style s = Style.of(style);
    if (!s.csl()) {
      return data(List.of(article), s);
    }
    String entry = engine(s, locale(s, article)).entries(
        List.of(CslItems.of(article, "item-1", s)), output(format)).get(0);
    return "html".equals(format) ? unnumberedHtml(entry) : LABEL.matcher(entry.strip()).replaceFirst("");
  }

  /** A {@code csl-entry} block without its list number (in a margin block or in the text). */
  private static String unnumberedHtml(String entry) {
    String e = HTML_LABEL.matcher(entry.strip().replaceAll("\n\\s*", "")).replaceAll("");
    if (e.contains(RIGHT_INLINE)) {
      e = e.replace(RIGHT_INLINE, "").replaceFirst("</div></div>$", "</div>");
    }
    String open = "<div class=\"csl-entry\">";
    return e.startsWith(open) ? open + LABEL.matcher(e.substring(open.length())).replaceFirst("") : e;
  }

  /** One article as a CSL-JSON item (an object, not an array) with this id, for streamed exports. */
  public String cslItem(Article article, String id) {
    return CslJson.itemText(article, id);
  }

  /**
   * A reference list in the style, ordered and numbered as the style says. Text puts one reference
   * on each line; HTML is a {@code csl-bib-body} block.
   */
  public String bibliography(List<Article> items, String style, String format) {
    Style s = Style.of(style);
    if (!s.csl()) {
      return data(items, s);
    }
    String out = output(format);
    if (items.isEmpty()) {
      return "";
    }
    List<String> entries = s == Style.GOST_2018 ? gostList(items, out)
        : engine(s, s.locale).entries(IntStream.range(0, items.size())
            .mapToObj(i -> CslItems.of(items.get(i), "item-" + (i + 1), s)).toList(), out);
    if (out.equals("html")) {
      return "<div class=\"csl-bib-body\">\n" + String.join("", entries.stream()
          .map(e -> "  " + e.strip() + "\n").toList()) + "</div>";
    }
    return String.join("\n", entries.stream()
        .map(e -> LABEL.matcher(e.strip()).replaceFirst(m -> m.group(1) + " ")).toList());
  }

  /**
   * GOST R 7.0.100-2018 lists: each reference in its own language's locale, Cyrillic references
   * first, then the others, each group in alphabetical order, numbered.
   */
  private List<String> gostList(List<Article> items, String out) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("ru"));
    List<String> plain = new ArrayList<>();
    for (Article a : items) {
      plain.add(format(a, Style.GOST_2018.key, out));
    }
    Comparator<String> order = Comparator.comparing((String e) -> cyrillic(e) ? 0 : 1)
        .thenComparing(e -> e.replaceAll("<[^>]+>", ""), collator);
    List<String> sorted = plain.stream().sorted(order).toList();
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      String n = (i + 1) + ". ";
      String e = sorted.get(i);
      numbered.add(out.equals("html") ? e.replaceFirst(">", ">" + n) : n + e);
    }
    return numbered;
  }

  private static boolean cyrillic(String entry) {
    String text = entry.replaceAll("<[^>]+>", "");
    return text.codePoints().filter(Character::isLetter).findFirst()
        .stream().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }

  private static String data(List<Article> items, Style s) {
    return switch (s) {
      case BIBTEX -> BibTex.write(items);
      case RIS -> Ris.write(items);
      case CSL_JSON -> CslJson.write(items);
      default -> throw new IllegalStateException("not a data format: " + s.key);
    };
  }

  /** The locale: GOST R 7.0.100-2018 follows the article's language, the others are fixed. */
  private static String locale(Style s, Article a) {
    if (s != Style.GOST_2018) {
      return s.locale;
    }
    return "ru".equals(a.language()) || (a.language() == null && a.title() != null
        && cyrillic(a.title())) ? "ru-RU" : "en-US";
  }

  private static String output(String format) {
    if (format == null || format.equals("text")) {
      return "text";
    }
    if (format.equals("html")) {
      return "html";
    }
    throw new IllegalArgumentException("unknown citation format '" + format + "'; known: text, html");
  }

  private CslEngine engine(Style s, String locale) {
    return engines.computeIfAbsent(s.key + "/" + locale, k -> new CslEngine(s, locale));
  }
}
