package org.polka.cite;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.polka.article.Article;
import org.polka.article.Journal;
import org.polka.article.PersonName;

/** The BibTeX writer: one {@code @article} entry per article, keys made of family name and year. */
final class BibTex {
  private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
  private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k",
      "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
      "e", "yu", "ya"};

  private BibTex() {}

  static String write(List<Article> items) {
    Map<String, Integer> used = new HashMap<>();
    StringJoiner out = new StringJoiner("\n");
    for (Article a : items) {
      String key = key(a);
      int n = used.merge(key, 1, Integer::sum);
      out.add(entry(a, n == 1 ? key : key + (char) ('a' + n - 1)));
    }
    return out.toString();
  }

  private static String entry(Article a, String key) {
    StringBuilder b = new StringBuilder("@article{").append(key);
    List<String> authors = a.authors().stream().map(Names::parts)
        .filter(n -> CslItems.present(n.family()))
        .map(n -> n.given() == null ? "{" + escape(n.family()) + "}"
            : escape(n.family()) + ", " + escape(n.given()))
        .toList();
    field(b, "author", authors.isEmpty() ? null : String.join(" and ", authors));
    field(b, "title", a.title() == null ? null : "{" + escape(CslItems.title(a.title())) + "}");
    Journal j = a.journal();
    if (j != null) {
      field(b, "journal", escape(j.title()));
      field(b, "volume", escape(j.volume()));
      field(b, "number", escape(j.issue()));
      String pages = CslItems.pages(j);
      field(b, "pages", pages == null ? null : escape(pages.replace("-", "--")));
      field(b, "issn", escape(j.issn()));
      field(b, "publisher", escape(j.publisher()));
    }
    field(b, "year", a.year() == null ? null : a.year().toString());
    field(b, "doi", escape(a.doi()));
    field(b, "url", a.origin() == null ? null : escape(a.origin().url()));
    field(b, "language", a.language());
    field(b, "keywords", a.keywords().isEmpty() ? null : escape(String.join(", ", a.keywords())));
    field(b, "abstract", escape(a.mainAbstract()));
    return b.append("\n}\n").toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    if (value != null && !value.isBlank()) {
      b.append(",\n  ").append(name).append(" = {").append(value.strip()).append('}');
    }
  }

  /** The key: first author's family name in ASCII letters, lower case, and the year. */
  static String key(Article a) {
    String family = a.authors().stream().map(Names::parts).map(PersonName::family)
        .filter(CslItems::present).findFirst().orElse(a.title() == null ? "article" : a.title());
    StringBuilder k = new StringBuilder();
    for (char c : family.toLowerCase(Locale.ROOT).toCharArray()) {
      int i = CYRILLIC.indexOf(c);
      if (i >= 0) {
        k.append(LATIN[i]);
      } else if (c >= 'a' && c <= 'z') {
        k.append(c);
      } else if (c == ' ' && k.length() > 0) {
        break;
      }
    }
    if (k.isEmpty()) {
      k.append("article");
    }
    return k + (a.year() == null ? "" : a.year().toString());
  }

  /** The text with BibTeX's special characters escaped. */
  static String escape(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (char c : s.strip().replaceAll("\\s+", " ").toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
