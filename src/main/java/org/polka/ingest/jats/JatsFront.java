package org.polka.ingest.jats;

import static org.polka.ingest.jats.Xml.attr;
import static org.polka.ingest.jats.Xml.child;
import static org.polka.ingest.jats.Xml.childText;
import static org.polka.ingest.jats.Xml.children;
import static org.polka.ingest.jats.Xml.descendants;
import static org.polka.ingest.jats.Xml.path;
import static org.polka.ingest.jats.Xml.text;
import static org.polka.ingest.jats.Xml.textWithout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polka.article.Abstract;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.w3c.dom.Element;

/** The front matter of a JATS article: authors, abstracts, dates, journal, licence, identifiers. */
final class JatsFront {
  private static final List<String> DATE_TYPES = List.of("epub", "ppub", "pub", "epub-ppub",
      "collection");
  private static final Set<String> AFF_SKIPPED = Set.of("label", "sup");
  private static final Set<String> SKIPPED_ABSTRACTS = Set.of("toc", "teaser", "web-summary");
  private static final Pattern CC_URL = Pattern.compile(
      "creativecommons\\.org/(licenses|publicdomain)/([a-z-]+)/(\\d+(?:\\.\\d+)?)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_CC_URL =
      Pattern.compile("https?://creativecommons\\.org/[^\\s\"<>]+", Pattern.CASE_INSENSITIVE);

  private final Element journalMeta;
  private final Element meta;

  JatsFront(Element article) {
    this.journalMeta = path(article, "front/journal-meta");
    this.meta = path(article, "front/article-meta");
  }

  String title() {
    return textWithout(path(meta, "title-group/article-title"), Set.of("xref", "fn"));
  }

  String doi() {
    for (Element id : children(meta, "article-id")) {
      if ("doi".equals(attr(id, "pub-id-type"))) {
        return text(id);
      }
    }
    return null;
  }

  List<String> keywords() {
    List<String> out = new ArrayList<>();
    for (Element group : children(meta, "kwd-group")) {
      children(group, "kwd").stream().map(Xml::text).filter(k -> k != null && !out.contains(k))
          .forEach(out::add);
    }
    return out;
  }

  /** The authors, with affiliations resolved from {@code xref ref-type="aff"} to {@code aff}. */
  List<Author> authors() {
    Map<String, String> affs = affiliations();
    List<Author> out = new ArrayList<>();
    for (Element group : children(meta, "contrib-group")) {
      for (Element contrib : children(group, "contrib")) {
        if ("author".equals(attr(contrib, "contrib-type"))) {
          Author a = author(contrib, affs);
          if (a != null) {
            out.add(a);
          }
        }
      }
    }
    return out;
  }

  private Author author(Element contrib, Map<String, String> affs) {
    Element name = child(contrib, "name");
    String given = childText(name, "given-names");
    String family = childText(name, "surname");
    String full = name == null
        ? textWithout(child(contrib, "collab"), Set.of("contrib-group", "xref", "aff", "email",
            "contrib-id", "address"))
        : String.join(" ", java.util.stream.Stream.of(given, family)
            .filter(s -> s != null).toList());
    if (full == null || full.isBlank()) {
      full = childText(contrib, "string-name");
    }
    if (full == null || full.isBlank()) {
      return null;
    }
    List<String> affiliations = new ArrayList<>();
    for (Element xref : children(contrib, "xref")) {
      if ("aff".equals(attr(xref, "ref-type")) && attr(xref, "rid") != null) {
        for (String rid : attr(xref, "rid").split("\\s+")) {
          String aff = affs.get(rid);
          if (aff != null && !affiliations.contains(aff)) {
            affiliations.add(aff);
          }
        }
      }
    }
    children(contrib, "aff").stream().map(JatsFront::affText).forEach(affiliations::add);
    return new Author(full, given, family, affiliations, email(contrib), orcid(contrib));
  }

  private static String email(Element contrib) {
    List<Element> emails = descendants(contrib, "email");
    return emails.isEmpty() ? null : text(emails.getFirst());
  }

  private static String orcid(Element contrib) {
    for (Element id : children(contrib, "contrib-id")) {
      if ("orcid".equalsIgnoreCase(attr(id, "contrib-id-type"))) {
        String v = text(id);
        return v == null ? null : v.replaceFirst("^https?://orcid\\.org/", "");
      }
    }
    return null;
  }

  private Map<String, String> affiliations() {
    Map<String, String> out = new HashMap<>();
    for (Element aff : descendants(meta, "aff")) {
      if (attr(aff, "id") != null) {
        out.put(attr(aff, "id"), affText(aff));
      }
    }
    return out;
  }

  /**
   * The affiliation as one line. Parts tagged without punctuation between them (eLife's
   * institution, city, country) are joined with commas.
   */
  private static String affText(Element aff) {
    boolean bareParts = true;
    for (org.w3c.dom.Node n = aff.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
        bareParts = false;
      }
    }
    if (!bareParts) {
      return textWithout(aff, AFF_SKIPPED);
    }
    List<String> parts = children(aff).stream().filter(e -> !AFF_SKIPPED.contains(e.getTagName()))
        .map(e -> textWithout(e, AFF_SKIPPED)).filter(t -> t != null).toList();
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  /** The abstracts: the main ones in the article's language, translated ones in theirs. */
  List<Abstract> abstracts(String articleLanguage) {
    List<Abstract> out = new ArrayList<>();
    for (Element a : children(meta, "abstract", "trans-abstract")) {
      String type = attr(a, "abstract-type");
      if (type != null && SKIPPED_ABSTRACTS.contains(type.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String text = abstractText(a);
      String lang = attr(a, "xml:lang");
      if (text != null) {
        out.add(new Abstract(lang != null ? lang.toLowerCase(Locale.ROOT) : articleLanguage, text));
      }
    }
    return out;
  }

  private static String abstractText(Element a) {
    List<String> parts = new ArrayList<>();
    for (Element p : descendants(a, "p")) {
      String t = textWithout(p, Xml.FLOATS);
      if (t != null) {
        Element sec = p.getParentNode() instanceof Element parent && "sec".equals(parent.getTagName())
            && child(parent, "p") == p ? parent : null;
        String heading = sec == null ? null : childText(sec, "title");
        parts.add(heading == null ? t : heading + ": " + t);
      }
    }
    return parts.isEmpty() ? text(a) : String.join("\n\n", parts);
  }

  /** The publication date as YYYY[-MM[-DD]], preferring the electronic one. */
  String published() {
    List<Element> dates = children(meta, "pub-date");
    for (String type : DATE_TYPES) {
      for (Element d : dates) {
        if (type.equals(attr(d, "pub-type")) || type.equals(attr(d, "date-type"))) {
          String v = date(d);
          if (v != null) {
            return v;
          }
        }
      }
    }
    return dates.stream().map(JatsFront::date).filter(d -> d != null).findFirst().orElse(null);
  }

  private static String date(Element d) {
    String year = digits(childText(d, "year"));
    if (year == null || year.length() != 4) {
      return null;
    }
    String month = digits(childText(d, "month"));
    if (month == null) {
      return year;
    }
    String day = digits(childText(d, "day"));
    String ym = year + "-" + pad(month);
    return day == null ? ym : ym + "-" + pad(day);
  }

  private static String digits(String s) {
    return s == null || !s.matches("\\d+") ? null : s;
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }

  Journal journal() {
    String title = text(path(journalMeta, "journal-title-group/journal-title"));
    if (title == null) {
      title = childText(journalMeta, "journal-title");
    }
    String issn = null;
    for (Element e : children(journalMeta, "issn")) {
      if (issn == null || "epub".equals(attr(e, "pub-type"))) {
        issn = text(e);
      }
    }
    String publisher = text(path(journalMeta, "publisher/publisher-name"));
    Journal j = new Journal(title, issn, childText(meta, "volume"), childText(meta, "issue"),
        childText(meta, "fpage"), childText(meta, "lpage"), publisher);
    return j.equals(new Journal(null, null, null, null, null, null, null)) ? null : j;
  }

  /** The licence: "CC BY 4.0" for a Creative Commons URL, else the URL, else the short text. */
  String license() {
    for (Element lic : descendants(path(meta, "permissions"), "license")) {
      String href = attr(lic, "xlink:href");
      if (href == null) {
        href = descendants(lic, "ali:license_ref").stream().map(Xml::text).findFirst().orElse(null);
      }
      String text = text(lic);
      if (href == null && text != null) {
        Matcher m = ANY_CC_URL.matcher(lic.getTextContent() + " " + linkTargets(lic));
        href = m.find() ? m.group() : null;
      }
      if (href != null) {
        return licenseName(href);
      }
      String named = text == null ? null : licenseFromText(text);
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  private static String linkTargets(Element lic) {
    return String.join(" ", descendants(lic, "ext-link").stream()
        .map(e -> String.valueOf(attr(e, "xlink:href"))).toList());
  }

  /** A licence named in words: "Creative Commons Attribution License" is CC BY; short texts as is. */
  private static String licenseFromText(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("creative commons") && lower.contains("attribution")) {
      return lower.contains("noncommercial") || lower.contains("non-commercial") ? "CC BY-NC" : "CC BY";
    }
    if (lower.contains("cc0") || lower.contains("public domain")) {
      return lower.contains("cc0") ? "CC0" : "public domain";
    }
    return text.length() <= 200 ? text : null;
  }

  static String licenseName(String url) {
    Matcher m = CC_URL.matcher(url);
    if (!m.find()) {
      return url;
    }
    String kind = m.group(2).toLowerCase(Locale.ROOT);
    String version = m.group(3) == null ? "" : " " + m.group(3);
    if (m.group(1).equalsIgnoreCase("publicdomain")) {
      return kind.equals("zero") ? "CC0" + version : "Public Domain Mark" + version;
    }
    return "CC " + kind.toUpperCase(Locale.ROOT) + version;
  }
}
