package org.polka.cite;

import java.util.List;
import org.polka.article.Article;
import org.polka.article.Journal;
import org.polka.article.PersonName;

/** The RIS writer (the tagged format of EndNote, Zotero and Mendeley): one {@code JOUR} record per article. */
final class Ris {
  private Ris() {}

  static String write(List<Article> items) {
    StringBuilder out = new StringBuilder();
    for (Article a : items) {
      record(out, a);
    }
    return out.toString();
  }

  private static void record(StringBuilder out, Article a) {
    tag(out, "TY", "JOUR");
    for (var author : a.authors()) {
      PersonName n = Names.parts(author);
      if (CslItems.present(n.family())) {
        tag(out, "AU", n.given() == null ? n.family() : n.family() + ", " + n.given());
      }
    }
    tag(out, "TI", a.title() == null ? null : CslItems.title(a.title()));
    Journal j = a.journal();
    if (j != null) {
      tag(out, "T2", j.title());
      tag(out, "VL", j.volume());
      tag(out, "IS", j.issue());
      tag(out, "SP", j.firstPage());
      tag(out, "EP", j.lastPage());
      tag(out, "SN", j.issn());
      tag(out, "PB", j.publisher());
    }
    tag(out, "PY", a.year() == null ? null : a.year().toString());
    int[] date = CslItems.dateParts(a.published());
    if (date.length > 1) {
      tag(out, "DA", String.format("%04d/%02d/%s/", date[0], date[1],
          date.length > 2 ? String.format("%02d", date[2]) : ""));
    }
    tag(out, "DO", a.doi());
    tag(out, "UR", a.origin() == null ? null : a.origin().url());
    tag(out, "LA", a.language());
    a.keywords().forEach(k -> tag(out, "KW", k));
    tag(out, "AB", a.mainAbstract());
    out.append("ER  - \n");
  }

  private static void tag(StringBuilder out, String tag, String value) {
    if (value != null && !value.isBlank()) {
      out.append(tag).append("  - ").append(value.strip().replaceAll("\\s+", " ")).append('\n');
    }
  }
}
