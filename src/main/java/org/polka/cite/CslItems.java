package org.polka.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.article.PersonName;

/** The translation of an {@link Article} into citeproc-java's item data for one style. */
final class CslItems {
  private CslItems() {}

  /** The item with this id, names prepared as the style prints them. */
  static CSLItemData of(Article a, String id, Style style) {
    CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(CSLType.ARTICLE_JOURNAL);
    if (present(a.title())) {
      b.title(title(a.title()));
    }
    Journal j = a.journal();
    if (j != null) {
      if (present(j.title())) {
        b.containerTitle(j.title().strip());
      }
      if (present(j.volume())) {
        b.volume(j.volume().strip());
      }
      if (present(j.issue())) {
        b.issue(j.issue().strip());
      }
      String pages = pages(j);
      if (pages != null) {
        b.page(pages);
      }
      if (present(j.issn())) {
        b.ISSN(j.issn().strip());
      }
      if (present(j.publisher())) {
        b.publisher(j.publisher().strip());
      }
    }
    if (present(a.doi())) {
      b.DOI(a.doi().strip());
    }
    int[] date = dateParts(a.published());
    if (date.length > 0) {
      b.issued(new CSLDateBuilder().dateParts(date).build());
    }
    if (present(a.language())) {
      b.language(a.language());
    }
    List<CSLName> names = names(a.authors(), style.initials);
    if (!names.isEmpty()) {
      b.author(names.toArray(CSLName[]::new));
      if (style == Style.GOST_2018 && names.size() <= 3 && names.get(0).getLiteral() == null) {
        b.originalAuthor(names.get(0));
      }
    }
    return b.build();
  }

  /** The title without a closing full stop (styles add their own punctuation). */
  static String title(String title) {
    String t = title.strip().replaceAll("\\s+", " ");
    return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1) : t;
  }

  /** "45-60", "45" or null. */
  static String pages(Journal j) {
    if (!present(j.firstPage())) {
      return null;
    }
    String first = j.firstPage().strip();
    return present(j.lastPage()) && !j.lastPage().strip().equals(first)
        ? first + "-" + j.lastPage().strip() : first;
  }

  /** Year, month and day of a date such as "2019", "2019-05" or "2019-05-17"; empty when unreadable. */
  static int[] dateParts(String published) {
    if (published == null) {
      return new int[0];
    }
    List<Integer> parts = new ArrayList<>();
    for (String p : published.strip().split("-", 3)) {
      if (!p.matches("\\d{1,4}")) {
        break;
      }
      parts.add(Integer.parseInt(p));
    }
    if (parts.isEmpty() || parts.get(0) < 1000) {
      return new int[0];
    }
    return parts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<CSLName> names(List<Author> authors, String initials) {
    List<CSLName> out = new ArrayList<>();
    for (Author author : authors) {
      PersonName n = Names.parts(author);
      if (!present(n.family())) {
        continue;
      }
      if (n.given() == null) {
        out.add(new CSLNameBuilder().literal(n.family()).build());
      } else {
        String given = initials == null ? n.given() : Names.initials(n.given(), initials);
        out.add(new CSLNameBuilder().given(given).family(n.family()).build());
      }
    }
    return out;
  }

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
