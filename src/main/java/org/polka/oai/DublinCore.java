package org.polka.oai;

import java.util.ArrayList;
import java.util.List;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.catalog.StoredArticle;

/**
 * The {@code oai_dc} format: unqualified Dublin Core, valid against {@code oai_dc.xsd}. Where the
 * article was published goes in {@code dc:source} as a citation
 * ({@code Journal, vol. 9, no. 3, pp. 91-93}) and the ISSN as {@code urn:issn:…}, the forms
 * {@link DublinCoreRecords} reads back.
 */
final class DublinCore implements MetadataFormat {
  static final String PREFIX = "oai_dc";
  static final String NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  static final Description DESCRIPTION = new Description(PREFIX,
      "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", NS);

  @Override
  public Description description() {
    return DESCRIPTION;
  }

  @Override
  public void write(XmlOut out, StoredArticle stored, String landingPage) {
    Article a = stored.article();
    out.start("oai_dc", NS, "dc").namespace("oai_dc", NS).namespace("dc", DC)
        .namespace("xsi", OaiResponse.XSI)
        .attr("xsi", OaiResponse.XSI, "schemaLocation", NS + " " + DESCRIPTION.schema());
    dc(out, "title", a.title());
    a.authors().stream().map(Author::name).forEach(name -> dc(out, "creator", name));
    a.keywords().forEach(k -> dc(out, "subject", k));
    for (Abstract ab : a.abstracts()) {
      out.start("dc", DC, "description");
      if (ab.language() != null) {
        out.attr("xml", XML_NS, "lang", ab.language());
      }
      out.text(ab.text()).end();
    }
    Journal j = a.journal();
    if (j != null) {
      dc(out, "publisher", j.publisher());
    }
    dc(out, "date", a.published());
    dc(out, "type", "Text");
    dc(out, "type", "info:eu-repo/semantics/article");
    dc(out, "identifier", landingPage);
    if (a.doi() != null) {
      dc(out, "identifier", "https://doi.org/" + a.doi());
    }
    if (j != null) {
      dc(out, "source", citation(j));
      if (j.issn() != null) {
        dc(out, "source", "urn:issn:" + j.issn());
      }
    }
    dc(out, "language", a.language());
    dc(out, "rights", a.license());
    out.end();
  }

  /** Where the article was published, as {@code Journal, vol. V, no. N, pp. F-L}; null without a title. */
  static String citation(Journal j) {
    if (j.title() == null) {
      return null;
    }
    List<String> parts = new ArrayList<>(List.of(j.title()));
    if (j.volume() != null) {
      parts.add("vol. " + j.volume());
    }
    if (j.issue() != null) {
      parts.add("no. " + j.issue());
    }
    if (j.firstPage() != null) {
      parts.add("pp. " + j.firstPage() + (j.lastPage() == null ? "" : "-" + j.lastPage()));
    }
    return String.join(", ", parts);
  }

  private static void dc(XmlOut out, String name, String value) {
    if (value != null && !value.isBlank()) {
      out.start("dc", DC, name).text(value).end();
    }
  }
}
