package org.polka.web;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.polka.article.Article;
import org.polka.article.Journal;
import org.polka.article.Reference;
import org.polka.article.Section;
import org.polka.catalog.StoredArticle;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.AbstractBlock;
import org.polka.web.view.Pages.ArticleDetails;
import org.polka.web.view.Pages.AuthorLine;
import org.polka.web.view.Pages.CiteBox;
import org.polka.web.view.Pages.HeadMeta;
import org.polka.web.view.Pages.Note;
import org.polka.web.view.Pages.SectionBlock;
import org.polka.web.view.Parts.Chrome;
import org.polka.web.view.Parts.Link;

/** Turns a stored article into the article page's model. */
final class ArticleModel {
  private ArticleModel() {}

  /** The page model; {@code views} is the counter to show (this view included). */
  static ArticleDetails of(StoredArticle stored, Chrome chrome, long views, CiteBox cite,
      HeadMeta head) {
    Article a = stored.article();
    Messages msg = chrome.msg();
    Journal j = a.journal();
    String journal = j == null || j.title() == null || j.title().isBlank() ? null : j.title();
    return new ArticleDetails(chrome, Listings.title(a.title(), msg),
        a.authors().stream().map(au -> new AuthorLine(au.name(), au.affiliations())).toList(),
        journal, journal == null ? null : Urls.journal(journal), journalDetails(j, msg), a.year(),
        a.discipline(), a.discipline() == null ? null : Urls.discipline(a.discipline()),
        a.license(), views, stored.downloads(),
        a.keywords().stream().map(k -> new Link(k, Urls.keyword(k), false)).toList(),
        a.abstracts().stream().filter(ab -> ab.text() != null && !ab.text().isBlank())
            .map(ab -> new AbstractBlock(ab.language(), msg.languageName(ab.language()), ab.text()))
            .toList(),
        sections(a.sections(), new FootnoteMarkers(a.footnotes().stream()
            .map(f -> f.label()).filter(l -> l != null).collect(java.util.stream.Collectors.toSet()))),
        a.footnotes().stream().map(f -> new Note(f.label(), f.text())).toList(),
        a.references().stream().map(Reference::raw).filter(r -> r != null && !r.isBlank()).toList(),
        stored.file() == null ? null : Urls.file(stored.id()), a.doi(),
        a.origin() == null ? null : webLink(a.origin().url()), cite, head);
  }

  /** The URL when it is an http(s) link, else null (so no {@code javascript:} link reaches a page). */
  static String webLink(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
  }

  private static List<SectionBlock> sections(List<Section> sections, FootnoteMarkers markers) {
    List<SectionBlock> blocks = new ArrayList<>();
    for (Section s : sections) {
      boolean titled = s.title() != null && !s.title().isBlank();
      if (titled || !s.paragraphs().isEmpty()) {
        blocks.add(new SectionBlock(titled ? s.title() : null, s.level() != null && s.level() >= 2,
            s.paragraphs().stream().map(markers::split).toList()));
      }
    }
    return blocks;
  }

  /** Volume, issue and pages as one line in the interface language, or null when none is known. */
  private static String journalDetails(Journal j, Messages msg) {
    if (j == null) {
      return null;
    }
    StringJoiner line = new StringJoiner(". ");
    if (present(j.volume())) {
      line.add(msg.t("article.volume", j.volume()));
    }
    if (present(j.issue())) {
      line.add(msg.t("article.issue", j.issue()));
    }
    String pages = pages(j);
    if (pages != null) {
      line.add(msg.t("article.pages", pages));
    }
    return line.length() == 0 ? null : line.toString();
  }

  private static String pages(Journal j) {
    if (j == null || !present(j.firstPage())) {
      return null;
    }
    return present(j.lastPage()) ? j.firstPage() + "–" + j.lastPage() : j.firstPage();
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
