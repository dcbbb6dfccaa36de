package org.polka.oai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Builder;
import org.polka.article.Journal;
import org.polka.ingest.Languages;
import org.w3c.dom.Element;

/**
 * A reader of harvested {@code oai_dc} records into articles, including the extra elements
 * CyberLeninka puts beside Dublin Core: {@code bibo:issn}, {@code bibo:eissn}, {@code bibo:volume},
 * {@code bibo:issue}, {@code bibo:pages}, {@code dcterms:isPartOf} (an ISSN URN) and
 * {@code dcterms:bibliographicCitation} (journal title first). Values are taken as given, blank
 * ones dropped; nothing is invented.
 */
final class DublinCoreRecords {
  private static final String BIBO = "http://purl.org/ontology/bibo/";
  private static final String DCTERMS = "http://purl.org/dc/terms/";
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final Pattern ISSN = Pattern.compile("\\d{4}-?\\d{3}[\\dXx]");
  private static final Pattern DOI = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*|info:doi/)(10\\..+)$");
  private static final Pattern YEAR_OR_DATE = Pattern.compile("^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)");
  /** Polka's own dc:source citation: {@code Journal, vol. V, no. N, pp. F-L}, each part optional. */
  private static final Pattern CITATION = Pattern.compile(
      "^(.+?)(?:, vol\\. ([^,]+))?(?:, no\\. ([^,]+))?(?:, pp\\. ([^,-]+)(?:-([^,]+))?)?$");
  private static final Pattern PAGES = Pattern.compile("^\\s*([^-–—\\s]+)\\s*(?:[-–—]\\s*(\\S+))?\\s*$");

  private DublinCoreRecords() {}

  /** The article the {@code oai_dc:dc} element describes. */
  static Article read(Element dc) {
    Builder b = Article.builder();
    b.title(oneLine(first(dc, DublinCore.DC, "title")));
    values(dc, DublinCore.DC, "creator").forEach(name -> b.addAuthor(Author.named(oneLine(name))));
    b.keywords(keywords(values(dc, DublinCore.DC, "subject")));
    for (Element d : elements(dc, DublinCore.DC, "description")) {
      String text = d.getTextContent().strip();
      if (!text.isEmpty()) {
        String lang = d.getAttributeNS(DublinCore.XML_NS, "lang");
        b.addAbstract(new Abstract(lang.isEmpty() ? Languages.guess(text) : lang, text));
      }
    }
    String date = first(dc, DublinCore.DC, "date");
    if (date != null) {
      Matcher m = YEAR_OR_DATE.matcher(date);
      b.published(m.find() ? m.group(1) : null);
    }
    for (String id : values(dc, DublinCore.DC, "identifier")) {
      Matcher m = DOI.matcher(id);
      if (m.matches()) {
        b.doi(m.group(1));
      }
    }
    b.license(first(dc, DublinCore.DC, "rights"));
    b.journal(journal(dc, first(dc, DublinCore.DC, "publisher")));
    Article partial = b.build();
    String language = first(dc, DublinCore.DC, "language");
    b.language(language != null ? language.toLowerCase(Locale.ROOT)
        : Languages.guess(String.join(" ", nonNull(partial.title(), partial.mainAbstract()))));
    return b.build();
  }

  /** The page URL among the identifiers: the first http(s) one that is not a DOI or a thumbnail. */
  static String landingPage(Element dc) {
    for (Element e : elements(dc, DublinCore.DC, "identifier")) {
      String v = e.getTextContent().strip();
      if (v.matches("(?i)https?://.+") && !DOI.matcher(v).matches()
          && !"thumbnail".equals(e.getAttribute("linktype"))) {
        return v;
      }
    }
    return null;
  }

  private static Journal journal(Element dc, String publisher) {
    String title = null;
    String volume = first(dc, BIBO, "volume");
    String issue = first(dc, BIBO, "issue");
    String firstPage = null;
    String lastPage = null;
    String issn = first(dc, BIBO, "issn");
    if (issn == null) {
      issn = first(dc, BIBO, "eissn");
    }
    for (String source : values(dc, DublinCore.DC, "source")) {
      if (source.toLowerCase(Locale.ROOT).startsWith("urn:issn:")) {
        issn = issn == null ? source.substring(9).strip() : issn;
        continue;
      }
      Matcher m = CITATION.matcher(source);
      if (title == null && m.matches()) {
        title = m.group(1).strip();
        volume = volume == null ? m.group(2) : volume;
        issue = issue == null ? m.group(3) : issue;
        firstPage = m.group(4);
        lastPage = m.group(5);
      }
    }
    for (Element part : elements(dc, DCTERMS, "isPartOf")) {
      String urn = part.getAttributeNS(RDF, "resource");
      if (issn == null && urn.toLowerCase(Locale.ROOT).startsWith("urn:issn:")) {
        issn = urn.substring(9).strip();
      }
    }
    List<String> citations = values(dc, DCTERMS, "bibliographicCitation");
    if (!citations.isEmpty() && !ISSN.matcher(citations.get(0)).matches()) {
      title = oneLine(citations.get(0));
    }
    String pages = first(dc, BIBO, "pages");
    if (pages != null) {
      Matcher m = PAGES.matcher(pages);
      if (m.matches()) {
        firstPage = m.group(1);
        lastPage = m.group(2);
      }
    }
    if (title == null && issn == null && volume == null && issue == null && firstPage == null
        && publisher == null) {
      return null;
    }
    return new Journal(title, issn, volume, issue, firstPage, lastPage, publisher);
  }

  /** Keywords: one per subject, or a single subject split at commas (CyberLeninka's form). */
  private static List<String> keywords(List<String> subjects) {
    if (subjects.size() == 1 && subjects.get(0).contains(",")) {
      return List.of(subjects.get(0).split("\\s*,\\s*")).stream().map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
    }
    return subjects;
  }

  private static List<Element> elements(Element parent, String ns, String localName) {
    return OaiPage.children(parent).stream()
        .filter(e -> ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())).toList();
  }

  /** The non-blank texts of the children with the name, stripped. */
  private static List<String> values(Element parent, String ns, String localName) {
    List<String> out = new ArrayList<>();
    for (Element e : elements(parent, ns, localName)) {
      String v = e.getTextContent().strip();
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  private static String first(Element parent, String ns, String localName) {
    List<String> all = values(parent, ns, localName);
    return all.isEmpty() ? null : all.get(0);
  }

  private static String oneLine(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ");
  }

  private static List<String> nonNull(String... values) {
    return java.util.Arrays.stream(values).filter(v -> v != null).toList();
  }
}
