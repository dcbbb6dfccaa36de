package org.polka.oai;

import java.util.ArrayList;
import java.util.List;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Builder;
import org.polka.article.Journal;
import org.w3c.dom.Element;

/**
 * A reader of harvested {@code jats} records (an {@code <article>} with front matter, in the JATS
 * namespace or none) into articles: the inverse of {@link JatsFront}.
 */
final class JatsRecords {
  private JatsRecords() {}

  /** The article the {@code <article>} element describes. */
  static Article read(Element article) {
    Builder b = Article.builder();
    String lang = article.getAttributeNS(DublinCore.XML_NS, "lang");
    b.language(lang.isEmpty() ? null : lang);
    Element front = child(article, "front");
    Element meta = child(front, "article-meta");
    b.journal(journal(child(front, "journal-meta"), meta));
    for (Element id : children(meta, "article-id")) {
      if ("doi".equals(id.getAttribute("pub-id-type"))) {
        b.doi(text(id));
      }
    }
    Element subjects = child(child(meta, "article-categories"), "subj-group");
    if (subjects != null && "discipline".equals(subjects.getAttribute("subj-group-type"))) {
      b.discipline(text(child(subjects, "subject")));
    }
    String title = text(child(child(meta, "title-group"), "article-title"));
    b.title(title == null || title.isEmpty() ? null : title);
    for (Element group : children(meta, "contrib-group")) {
      children(group, "contrib").forEach(c -> b.addAuthor(author(c)));
    }
    Element date = child(meta, "pub-date");
    if (date != null) {
      String iso = date.getAttribute("iso-8601-date");
      b.published(iso.isEmpty() ? text(child(date, "year")) : iso);
    }
    Element license = child(child(meta, "permissions"), "license");
    b.license(text(child(license, "license-p")));
    for (Element ab : children(meta, "abstract", "trans-abstract")) {
      String abLang = ab.getAttributeNS(DublinCore.XML_NS, "lang");
      List<String> paragraphs = children(ab, "p").stream().map(JatsRecords::text).toList();
      b.addAbstract(new Abstract(abLang.isEmpty() ? null : abLang, String.join("\n", paragraphs)));
    }
    List<String> keywords = new ArrayList<>();
    children(meta, "kwd-group").forEach(g -> children(g, "kwd").forEach(k -> keywords.add(text(k))));
    b.keywords(keywords);
    return b.build();
  }

  /** The article's page: the self-uri's link, or null. */
  static String landingPage(Element article) {
    Element self = child(child(child(article, "front"), "article-meta"), "self-uri");
    String href = self == null ? "" : self.getAttributeNS(JatsFront.XLINK, "href");
    return href.isEmpty() ? null : href;
  }

  private static Journal journal(Element journalMeta, Element meta) {
    String title = text(child(child(journalMeta, "journal-title-group"), "journal-title"));
    String issn = text(child(journalMeta, "issn"));
    String publisher = text(child(child(journalMeta, "publisher"), "publisher-name"));
    String volume = text(child(meta, "volume"));
    String issue = text(child(meta, "issue"));
    String fpage = text(child(meta, "fpage"));
    String lpage = text(child(meta, "lpage"));
    if (title == null && issn == null && publisher == null && volume == null && issue == null
        && fpage == null && lpage == null) {
      return null;
    }
    return new Journal(title, issn, volume, issue, fpage, lpage, publisher);
  }

  private static Author author(Element contrib) {
    String orcid = null;
    for (Element id : children(contrib, "contrib-id")) {
      if ("orcid".equals(id.getAttribute("contrib-id-type"))) {
        orcid = text(id);
      }
    }
    Element alternatives = child(contrib, "name-alternatives");
    Element holder = alternatives != null ? alternatives : contrib;
    Element name = child(holder, "name");
    String full = text(child(holder, "string-name"));
    String family = text(child(name, "surname"));
    String given = text(child(name, "given-names"));
    List<String> affiliations = children(contrib, "aff").stream().map(JatsRecords::text).toList();
    return new Author(full, given, family, affiliations, text(child(contrib, "email")), orcid);
  }

  private static List<Element> children(Element parent, String... localNames) {
    if (parent == null) {
      return List.of();
    }
    List<String> names = List.of(localNames);
    return OaiPage.children(parent).stream().filter(e -> names.contains(e.getLocalName())).toList();
  }

  private static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Element e) {
    return e == null ? null : e.getTextContent().strip();
  }
}
