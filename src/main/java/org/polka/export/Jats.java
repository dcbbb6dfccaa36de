package org.polka.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.catalog.StoredArticle;

/** The JATS front matter of one article: journal, title, contributors, dates, pages, DOI, abstracts, keywords. */
final class Jats {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

  private Jats() {}

  static String article(StoredArticle stored) {
    Article a = stored.article();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = FACTORY.createXMLStreamWriter(text);
      x.writeStartElement("article");
      x.writeAttribute("article-type", "research-article");
      if (a.language() != null) {
        x.writeAttribute("xml:lang", a.language());
      }
      x.writeStartElement("front");
      Journal j = a.journal();
      if (j != null) {
        x.writeStartElement("journal-meta");
        if (j.title() != null) {
          x.writeStartElement("journal-title-group");
          element(x, "journal-title", j.title());
          x.writeEndElement();
        }
        element(x, "issn", j.issn());
        if (j.publisher() != null) {
          x.writeStartElement("publisher");
          element(x, "publisher-name", j.publisher());
          x.writeEndElement();
        }
        x.writeEndElement();
      }
      x.writeStartElement("article-meta");
      x.writeStartElement("article-id");
      x.writeAttribute("pub-id-type", "polka");
      x.writeCharacters(Long.toString(stored.id()));
      x.writeEndElement();
      if (a.doi() != null) {
        x.writeStartElement("article-id");
        x.writeAttribute("pub-id-type", "doi");
        x.writeCharacters(a.doi());
        x.writeEndElement();
      }
      x.writeStartElement("title-group");
      element(x, "article-title", a.title());
      x.writeEndElement();
      contributors(x, a);
      if (a.year() != null) {
        x.writeStartElement("pub-date");
        element(x, "year", a.year().toString());
        x.writeEndElement();
      }
      if (j != null) {
        element(x, "volume", j.volume());
        element(x, "issue", j.issue());
        element(x, "fpage", j.firstPage());
        element(x, "lpage", j.lastPage());
      }
      if (a.license() != null) {
        x.writeStartElement("permissions");
        element(x, "license-p", a.license());
        x.writeEndElement();
      }
      for (Abstract ab : a.abstracts()) {
        x.writeStartElement(ab == a.abstracts().get(0) ? "abstract" : "trans-abstract");
        if (ab.language() != null) {
          x.writeAttribute("xml:lang", ab.language());
        }
        element(x, "p", ab.text());
        x.writeEndElement();
      }
      if (!a.keywords().isEmpty()) {
        x.writeStartElement("kwd-group");
        for (String k : a.keywords()) {
          element(x, "kwd", k);
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JATS for article " + stored.id(), e);
    }
    return text + "\n";
  }

  private static void contributors(XMLStreamWriter x, Article a) throws XMLStreamException {
    if (a.authors().isEmpty()) {
      return;
    }
    x.writeStartElement("contrib-group");
    for (Author au : a.authors()) {
      x.writeStartElement("contrib");
      x.writeAttribute("contrib-type", "author");
      if (au.family() != null) {
        x.writeStartElement("name");
        element(x, "surname", au.family());
        element(x, "given-names", au.given());
        x.writeEndElement();
      } else {
        element(x, "string-name", au.name());
      }
      for (String aff : au.affiliations()) {
        element(x, "aff", aff);
      }
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    if (value != null && !value.isBlank()) {
      x.writeStartElement(name);
      x.writeCharacters(value.strip());
      x.writeEndElement();
    }
  }
}
