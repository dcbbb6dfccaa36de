package org.polka.web;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.article.Reference;
import org.polka.article.Section;
import org.polka.catalog.StoredArticle;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.AbstractBlock;
import org.polka.web.view.Pages.ArticleDetails;
import org.polka.web.view.Pages.AuthorLine;
import org.polka.web.view.Pages.Note;
import org.polka.web.view.Pages.SectionBlock;
import org.polka.web.view.Parts.Chrome;
import org.polka.web.view.Parts.Link;

/** Turns a stored article into the article page's model, citation included. */
final class ArticleModel {
  private ArticleModel() {}

  /** The page model; {@code views} is the counter to show (this view included). */
  static ArticleDetails of(StoredArticle stored, Chrome chrome, long views) {
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
        a.origin() == null ? null : webLink(a.origin().url()), citation(a));
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

  /**
   * A plain-text reference to the article: {@code Authors. Title // Journal. Year. Vol. No. P. pages.
   * DOI}, with Russian abbreviations (Т., №, С.) for Russian articles.
   */
  static String citation(Article a) {
    boolean ru = "ru".equals(a.language());
    StringJoiner parts = new StringJoiner(". ", "", ".");
    String authors = String.join(", ", a.authors().stream().map(Author::name).toList());
    if (!authors.isBlank()) {
      parts.add(trimDot(authors));
    }
    Journal j = a.journal();
    String title = a.title() == null ? "" : trimDot(a.title());
    parts.add(j != null && present(j.title()) ? title + " // " + trimDot(j.title()) : title);
    if (a.year() != null) {
      parts.add(a.year().toString());
    }
    if (j != null && present(j.volume())) {
      parts.add((ru ? "Т. " : "Vol. ") + j.volume());
    }
    if (j != null && present(j.issue())) {
      parts.add((ru ? "№ " : "No. ") + j.issue());
    }
    String pages = pages(j);
    if (pages != null) {
      parts.add((ru ? "С. " : "P. ") + pages);
    }
    String text = parts.toString();
    return present(a.doi()) ? text + " DOI: " + a.doi() : text;
  }

  private static String pages(Journal j) {
    if (j == null || !present(j.firstPage())) {
      return null;
    }
    return present(j.lastPage()) ? j.firstPage() + "–" + j.lastPage() : j.firstPage();
  }

  private static String trimDot(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
