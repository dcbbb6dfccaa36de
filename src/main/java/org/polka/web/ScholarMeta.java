package org.polka.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.catalog.StoredArticle;
import org.polka.web.view.Pages.HeadMeta;
import org.polka.web.view.Pages.Meta;

/**
 * The machine-readable description of an article page: Highwire Press {@code citation_*} tags (read
 * by Google Scholar and Zotero), Dublin Core {@code DC.*} tags and schema.org {@code ScholarlyArticle}
 * JSON-LD.
 *
 * <p>{@code citation_pdf_url} is given only when the original is public: a stored PDF, which
 * {@code /articles/{id}/file} serves to everyone. Other originals (XML, page text) are not PDFs and
 * Scholar would reject the tag.
 */
final class ScholarMeta {
  private ScholarMeta() {}

  /** The head of the page whose absolute URL is {@code pageUrl}; {@code base} is scheme and host. */
  static HeadMeta of(StoredArticle stored, String base, String pageUrl) {
    Article a = stored.article();
    Journal j = a.journal() == null ? new Journal(null, null, null, null, null, null, null) : a.journal();
    String pdf = publicPdf(stored) ? base + Urls.file(stored.id()) : null;
    List<Meta> tags = new ArrayList<>();
    add(tags, "citation_title", a.title());
    for (Author author : a.authors()) {
      add(tags, "citation_author", author.name());
      author.affiliations().forEach(aff -> add(tags, "citation_author_institution", aff));
    }
    add(tags, "citation_publication_date", a.published() == null ? null : a.published().replace('-', '/'));
    add(tags, "citation_journal_title", j.title());
    add(tags, "citation_publisher", j.publisher());
    add(tags, "citation_issn", j.issn());
    add(tags, "citation_volume", j.volume());
    add(tags, "citation_issue", j.issue());
    add(tags, "citation_firstpage", j.firstPage());
    add(tags, "citation_lastpage", j.lastPage());
    add(tags, "citation_doi", a.doi());
    add(tags, "citation_keywords", a.keywords().isEmpty() ? null : String.join("; ", a.keywords()));
    add(tags, "citation_language", a.language());
    add(tags, "citation_abstract_html_url", pageUrl);
    add(tags, "citation_pdf_url", pdf);
    dublinCore(tags, a, j, pageUrl);
    return new HeadMeta(tags, pageUrl, jsonLd(a, j, pageUrl, pdf));
  }

  private static void dublinCore(List<Meta> tags, Article a, Journal j, String pageUrl) {
    add(tags, "DC.title", a.title());
    a.authors().forEach(au -> add(tags, "DC.creator", au.name()));
    add(tags, "DC.date", a.published());
    add(tags, "DC.type", "Text");
    add(tags, "DC.format", "text/html");
    add(tags, "DC.identifier", pageUrl);
    add(tags, "DC.identifier", a.doi() == null ? null : "https://doi.org/" + a.doi());
    add(tags, "DC.language", a.language());
    a.keywords().forEach(k -> add(tags, "DC.subject", k));
    add(tags, "DC.description", a.mainAbstract());
    add(tags, "DC.publisher", j.publisher());
    add(tags, "DC.rights", a.license());
    add(tags, "DC.source", j.title());
  }

  /** The ScholarlyArticle as JSON safe to put inside a script element. */
  private static String jsonLd(Article a, Journal j, String pageUrl, String pdf) {
    ObjectNode node = Json.object();
    node.put("@context", "https://schema.org");
    node.put("@type", "ScholarlyArticle");
    node.put("@id", pageUrl);
    node.put("url", pageUrl);
    node.put("headline", a.title());
    node.put("name", a.title());
    ArrayNode authors = node.putArray("author");
    for (Author au : a.authors()) {
      ObjectNode p = authors.addObject().put("@type", "Person").put("name", au.name());
      p.put("givenName", au.given()).put("familyName", au.family());
      if (!au.affiliations().isEmpty()) {
        ArrayNode affs = p.putArray("affiliation");
        au.affiliations().forEach(aff -> affs.addObject().put("@type", "Organization").put("name", aff));
      }
    }
    node.put("datePublished", a.published());
    node.put("inLanguage", a.language());
    node.put("abstract", a.mainAbstract());
    node.put("keywords", a.keywords().isEmpty() ? null : String.join(", ", a.keywords()));
    node.put("license", a.license());
    if (a.doi() != null) {
      node.put("sameAs", "https://doi.org/" + a.doi());
      node.putObject("identifier").put("@type", "PropertyValue").put("propertyID", "DOI").put("value", a.doi());
    }
    node.put("pageStart", j.firstPage());
    node.put("pageEnd", j.lastPage());
    if (j.title() != null) {
      node.set("isPartOf", container(j));
    }
    if (pdf != null) {
      node.putObject("encoding").put("@type", "MediaObject").put("contentUrl", pdf)
          .put("encodingFormat", "application/pdf");
    }
    prune(node);
    try {
      return Json.MAPPER.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops the unknown (null) values, at any depth. */
  private static void prune(com.fasterxml.jackson.databind.JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> empty = new ArrayList<>();
      object.properties().forEach(e -> {
        if (e.getValue().isNull()) {
          empty.add(e.getKey());
        } else {
          prune(e.getValue());
        }
      });
      object.remove(empty);
    } else if (node instanceof ArrayNode array) {
      array.forEach(ScholarMeta::prune);
    }
  }

  /** Periodical, inside a volume, inside an issue — as far as they are known. */
  private static ObjectNode container(Journal j) {
    ObjectNode periodical = Json.object().put("@type", "Periodical").put("name", j.title());
    periodical.put("issn", j.issn());
    ObjectNode top = periodical;
    if (j.volume() != null) {
      ObjectNode volume = Json.object().put("@type", "PublicationVolume").put("volumeNumber", j.volume());
      volume.set("isPartOf", top);
      top = volume;
    }
    if (j.issue() != null) {
      ObjectNode issue = Json.object().put("@type", "PublicationIssue").put("issueNumber", j.issue());
      issue.set("isPartOf", top);
      top = issue;
    }
    return top;
  }

  private static boolean publicPdf(StoredArticle stored) {
    return stored.file() != null && stored.file().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  private static void add(List<Meta> tags, String name, String content) {
    if (content != null && !content.isBlank()) {
      tags.add(new Meta(name, content.strip()));
    }
  }
}
