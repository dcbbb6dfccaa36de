package org.polka.oai;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.catalog.StoredArticle;

/**
 * The {@code jats} format: a JATS 1.3 (archiving) {@code <article>} with its front matter only, in
 * the JATS namespace as PubMed Central's OAI service serves it. It carries what Dublin Core cannot:
 * authors' name parts, affiliations, ORCID and e-mail; the abstract and its translations, each
 * with its language; keywords; the licence; DOI; and journal, ISSN, volume, issue and pages.
 */
final class JatsFront implements MetadataFormat {
  static final String PREFIX = "jats";
  static final String NS = "https://jats.nlm.nih.gov/ns/archiving/1.3/";
  static final String XLINK = "http://www.w3.org/1999/xlink";

  static final Description DESCRIPTION = new Description(PREFIX,
      "https://jats.nlm.nih.gov/archiving/1.3/xsd/JATS-archivearticle1-3.xsd", NS);

  @Override
  public Description description() {
    return DESCRIPTION;
  }

  @Override
  public void write(XmlOut out, StoredArticle stored, String landingPage) {
    Article a = stored.article();
    out.start(NS, "article").namespace("", NS).namespace("xlink", XLINK)
        .namespace("xsi", OaiResponse.XSI)
        .attr("xsi", OaiResponse.XSI, "schemaLocation", NS + " " + DESCRIPTION.schema())
        .attr("article-type", "research-article");
    if (a.language() != null) {
      out.attr("xml", DublinCore.XML_NS, "lang", a.language());
    }
    out.start(NS, "front");
    if (a.journal() != null) {
      journalMeta(out, a.journal());
    }
    articleMeta(out, a, landingPage);
    out.end().end();
  }

  private static void journalMeta(XmlOut out, Journal j) {
    out.start(NS, "journal-meta");
    if (j.title() != null) {
      out.start(NS, "journal-title-group");
      el(out, "journal-title", j.title());
      out.end();
    }
    el(out, "issn", j.issn());
    if (j.publisher() != null) {
      out.start(NS, "publisher");
      el(out, "publisher-name", j.publisher());
      out.end();
    }
    out.end();
  }

  private static void articleMeta(XmlOut out, Article a, String landingPage) {
    out.start(NS, "article-meta");
    if (a.doi() != null) {
      out.start(NS, "article-id").attr("pub-id-type", "doi").text(a.doi()).end();
    }
    if (a.discipline() != null) {
      out.start(NS, "article-categories").start(NS, "subj-group")
          .attr("subj-group-type", "discipline");
      el(out, "subject", a.discipline());
      out.end().end();
    }
    out.start(NS, "title-group");
    el(out, "article-title", a.title() == null ? "" : a.title());
    out.end();
    if (!a.authors().isEmpty()) {
      out.start(NS, "contrib-group");
      a.authors().forEach(author -> contrib(out, author));
      out.end();
    }
    pubDate(out, a.published());
    Journal j = a.journal();
    if (j != null) {
      el(out, "volume", j.volume());
      el(out, "issue", j.issue());
      el(out, "fpage", j.firstPage());
      el(out, "lpage", j.lastPage());
    }
    if (a.license() != null) {
      out.start(NS, "permissions").start(NS, "license");
      el(out, "license-p", a.license());
      out.end().end();
    }
    out.start(NS, "self-uri").attr("xlink", XLINK, "href", landingPage).end();
    abstracts(out, a);
    if (!a.keywords().isEmpty()) {
      out.start(NS, "kwd-group");
      a.keywords().forEach(k -> el(out, "kwd", k));
      out.end();
    }
    out.end();
  }

  private static void contrib(XmlOut out, Author author) {
    out.start(NS, "contrib").attr("contrib-type", "author");
    if (author.orcid() != null) {
      out.start(NS, "contrib-id").attr("contrib-id-type", "orcid").text(author.orcid()).end();
    }
    boolean parts = author.family() != null || author.given() != null;
    if (parts && author.name() != null) {
      out.start(NS, "name-alternatives");
      name(out, author);
      el(out, "string-name", author.name());
      out.end();
    } else if (parts) {
      name(out, author);
    } else {
      el(out, "string-name", Objects.requireNonNullElse(author.name(), ""));
    }
    author.affiliations().forEach(aff -> el(out, "aff", aff));
    el(out, "email", author.email());
    out.end();
  }

  private static void name(XmlOut out, Author author) {
    out.start(NS, "name");
    el(out, "surname", author.family());
    el(out, "given-names", author.given());
    out.end();
  }

  /** The publication date: year, month and day elements, and the date as given in iso-8601-date. */
  private static void pubDate(XmlOut out, String published) {
    if (published == null || !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return;
    }
    String[] parts = published.split("-");
    out.start(NS, "pub-date").attr("date-type", "pub").attr("iso-8601-date", published);
    if (parts.length > 2) {
      el(out, "day", parts[2]);
    }
    if (parts.length > 1) {
      el(out, "month", parts[1]);
    }
    el(out, "year", parts[0]);
    out.end();
  }

  /** The abstract in the article's language (else the first) as abstract, the others as trans-abstract. */
  private static void abstracts(XmlOut out, Article a) {
    List<Abstract> rest = new ArrayList<>(a.abstracts());
    Abstract main = rest.stream().filter(ab -> Objects.equals(ab.language(), a.language()))
        .findFirst().orElse(rest.isEmpty() ? null : rest.get(0));
    if (main == null) {
      return;
    }
    rest.remove(main);
    abstractElement(out, "abstract", main);
    rest.forEach(ab -> abstractElement(out, "trans-abstract", ab));
  }

  private static void abstractElement(XmlOut out, String name, Abstract ab) {
    out.start(NS, name);
    if (ab.language() != null) {
      out.attr("xml", DublinCore.XML_NS, "lang", ab.language());
    }
    el(out, "p", ab.text());
    out.end();
  }

  private static void el(XmlOut out, String name, String value) {
    if (value != null) {
      out.start(NS, name).text(value).end();
    }
  }
}
