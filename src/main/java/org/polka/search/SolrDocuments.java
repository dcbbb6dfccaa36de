package org.polka.search;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.solr.common.SolrInputDocument;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.catalog.StoredArticle;

/**
 * The mapping from catalog articles to Solr documents (field names as in the bundled schema.xml).
 */
final class SolrDocuments {
  /** Longest value kept in a string field; Lucene rejects terms over 32766 bytes. */
  static final int MAX_STRING = 1000;

  private SolrDocuments() {}

  /** The Solr document of one article. */
  static SolrInputDocument of(StoredArticle stored) {
    Article a = stored.article();
    SolrInputDocument doc = new SolrInputDocument();
    doc.setField("id", String.valueOf(stored.id()));
    text(doc, "title", a.title());
    List<String> names = a.authors().stream().map(SolrDocuments::name).filter(Objects::nonNull).toList();
    names.forEach(n -> text(doc, "authors", n));
    names.forEach(n -> string(doc, "author", n));
    a.keywords().forEach(k -> text(doc, "keywords", k));
    distinct(a.keywords()).forEach(k -> string(doc, "keyword", k));
    abstracts(a).forEach(t -> text(doc, "abstract", t));
    a.paragraphs().forEach(p -> text(doc, "body", p));
    string(doc, "discipline", a.discipline());
    string(doc, "journal", a.journal() == null ? null : a.journal().title());
    string(doc, "language", a.language());
    string(doc, "license", a.license());
    string(doc, "doi", a.doi());
    if (a.origin() != null) {
      string(doc, "source", a.origin().source());
      string(doc, "source_id", a.origin().sourceId());
      string(doc, "url", a.origin().url());
    }
    if (a.year() != null) {
      doc.setField("year", a.year());
    }
    if (stored.added() != null) {
      doc.setField("added", Date.from(stored.added()));
    }
    doc.setField("views", stored.views());
    doc.setField("downloads", stored.downloads());
    Suggestions.keys(a.title(), names, distinct(a.keywords()),
        a.journal() == null ? null : a.journal().title()).forEach(k -> doc.addField("suggest", k));
    return doc;
  }

  /** An author's display name: the full name, else given and family parts joined. */
  static String name(Author author) {
    if (author.name() != null && !author.name().isBlank()) {
      return author.name().strip();
    }
    String joined = String.join(" ", Stream.of(author.given(), author.family())
        .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
    return joined.isEmpty() ? null : joined;
  }

  /** All abstract texts, the main one first. */
  private static List<String> abstracts(Article a) {
    List<String> texts = new ArrayList<>();
    texts.add(a.mainAbstract());
    a.abstracts().stream().map(Abstract::text).forEach(texts::add);
    return distinct(texts);
  }

  private static List<String> distinct(List<String> values) {
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        set.add(v.strip());
      }
    }
    return List.copyOf(set);
  }

  private static void text(SolrInputDocument doc, String field, String value) {
    String clean = clean(value);
    if (clean != null) {
      doc.addField(field, clean);
    }
  }

  private static void string(SolrInputDocument doc, String field, String value) {
    String clean = clean(value);
    if (clean != null) {
      doc.addField(field, clean.length() > MAX_STRING ? clean.substring(0, MAX_STRING) : clean);
    }
  }

  /** The value stripped of the highlighter's marker characters, or null when blank. */
  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = Snippets.stripMarkers(value).strip();
    return v.isEmpty() ? null : v;
  }
}
