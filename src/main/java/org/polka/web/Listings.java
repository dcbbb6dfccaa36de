package org.polka.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.catalog.StoredArticle;
import org.polka.search.SearchHit;
import org.polka.search.SearchQuery.Sort;
import org.polka.web.view.Messages;
import org.polka.web.view.Parts.Card;
import org.polka.web.view.Parts.Link;
import org.polka.web.view.Parts.Paging;

/** The parts of article lists: cards, paging links and sort links. */
final class Listings {
  /** Articles per page in HTML lists. */
  static final int PAGE_SIZE = 20;
  private static final int PAGE_WINDOW = 2;

  private Listings() {}

  static Card card(SearchHit hit, Messages msg) {
    return new Card(Urls.article(hit.id(), hit.title()), title(hit.title(), msg),
        hit.authors() == null ? "" : String.join(", ", hit.authors()), meta(hit.journal(), hit.year()),
        hit.snippet(), hit.titleHtml());
  }

  static Card card(StoredArticle stored, Messages msg) {
    Article a = stored.article();
    return new Card(Urls.article(stored.id(), a.title()), title(a.title(), msg),
        String.join(", ", a.authors().stream().map(Author::name).toList()),
        meta(a.journal() == null ? null : a.journal().title(), a.year()), null);
  }

  /** The title, or the "untitled" text when there is none. */
  static String title(String title, Messages msg) {
    return title == null || title.isBlank() ? msg.t("article.untitled") : title;
  }

  private static String meta(String journal, Integer year) {
    StringJoiner line = new StringJoiner(", ");
    if (journal != null && !journal.isBlank()) {
      line.add(journal);
    }
    if (year != null) {
      line.add(year.toString());
    }
    return line.toString();
  }

  /** The number of the last page of a result of {@code total} hits (1 when empty). */
  static int lastPage(long total, int size) {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** Links to the previous, next and nearby pages of a result of {@code total} hits. */
  static Paging paging(SearchParams params, long total, int size, String path, Messages msg) {
    int pages = lastPage(total, size);
    int page = Math.min(params.page(), pages);
    List<Link> numbers = new ArrayList<>();
    for (int n = Math.max(1, page - PAGE_WINDOW); n <= Math.min(pages, page + PAGE_WINDOW); n++) {
      numbers.add(new Link(Integer.toString(n), params.withPage(n).url(path), n == page));
    }
    return new Paging(msg.t("paging.page", page, pages),
        page > 1 ? params.withPage(page - 1).url(path) : null,
        page < pages ? params.withPage(page + 1).url(path) : null, numbers);
  }

  /** One link per sort order, the current one marked. */
  static List<Link> sorts(SearchParams params, String path, Messages msg) {
    List<Link> links = new ArrayList<>();
    for (Sort s : Sort.values()) {
      String key = "sort." + s.name().toLowerCase(Locale.ROOT);
      links.add(new Link(msg.t(key), params.withSort(s).url(path), s == params.sort()));
    }
    return links;
  }
}
