package org.polka.ingest.jats;

import static org.polka.ingest.jats.Xml.attr;
import static org.polka.ingest.jats.Xml.child;
import static org.polka.ingest.jats.Xml.childText;
import static org.polka.ingest.jats.Xml.children;
import static org.polka.ingest.jats.Xml.descendants;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.polka.article.PersonName;
import org.polka.article.Reference;
import org.w3c.dom.Element;

/** The bibliography of a JATS article: each {@code ref} as its printed text and parsed fields. */
final class JatsReferences {
  private static final Set<String> CITATIONS =
      Set.of("element-citation", "mixed-citation", "citation", "nlm-citation");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private JatsReferences() {}

  /** The references of every {@code ref-list} in the back matter, in order. */
  static List<Reference> of(Element back) {
    List<Reference> out = new ArrayList<>();
    for (Element ref : descendants(back, "ref")) {
      Element citation = citation(ref);
      if (citation != null) {
        Reference r = reference(citation);
        if (r.raw() != null) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static Element citation(Element ref) {
    return children(ref).stream().filter(e -> CITATIONS.contains(e.getTagName())).findFirst()
        .orElse(null);
  }

  private static Reference reference(Element c) {
    String title = childText(c, "article-title");
    if (title == null) {
      title = childText(c, "chapter-title");
    }
    if (title == null) {
      title = childText(c, "data-title");
    }
    Reference parsed = new Reference(null, authors(c), title, childText(c, "source"), year(c),
        childText(c, "volume"), childText(c, "issue"), pages(c), childText(c, "publisher-name"),
        childText(c, "publisher-loc"), doi(c), url(c));
    String raw = "mixed-citation".equals(c.getTagName()) ? Xml.text(c) : printed(parsed);
    if (raw == null) {
      raw = Xml.spacedText(c);
    }
    return new Reference(raw, parsed.authors(), parsed.title(), parsed.container(), parsed.year(),
        parsed.volume(), parsed.issue(), parsed.pages(), parsed.publisher(), parsed.place(),
        parsed.doi(), parsed.url());
  }

  /**
   * A printed form of a citation whose markup has no punctuation (element-citation), in the
   * style "Family G, Family G (2006) Title. Source 173(2):917-926. Place: Publisher. doi:…".
   */
  static String printed(Reference r) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(", ", r.authors().stream()
        .map(n -> n.given() == null ? n.family() : n.family() + " " + n.given()).toList()));
    if (r.year() != null) {
      out.append(" (").append(r.year()).append(")");
    }
    appendSentence(out, r.title());
    String where = r.container() == null ? null : r.container()
        + (r.volume() == null ? "" : " " + r.volume())
        + (r.issue() == null ? "" : "(" + r.issue() + ")")
        + (r.pages() == null ? "" : ":" + r.pages());
    appendSentence(out, where);
    appendSentence(out, r.publisher() == null ? null
        : (r.place() == null ? "" : r.place() + ": ") + r.publisher());
    appendSentence(out, r.doi() == null ? r.url() : "doi:" + r.doi());
    String s = out.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static void appendSentence(StringBuilder out, String part) {
    if (part == null) {
      return;
    }
    if (!out.isEmpty()) {
      out.append(out.toString().matches("(?s).*[.?!]$") ? " " : ". ");
    }
    out.append(part);
  }

  /** Authors from the author person-group (or an unnamed one), else from names in the citation. */
  private static List<PersonName> authors(Element c) {
    Element group = null;
    for (Element g : children(c, "person-group")) {
      String type = attr(g, "person-group-type");
      if (type == null || type.equals("author")) {
        group = g;
        break;
      }
    }
    Element holder = group != null ? group : c;
    List<PersonName> out = new ArrayList<>();
    for (Element e : children(holder, "name", "string-name", "collab")) {
      if (e.getTagName().equals("collab")) {
        out.add(new PersonName(null, Xml.text(e)));
      } else if (child(e, "surname") != null) {
        out.add(new PersonName(childText(e, "given-names"), childText(e, "surname")));
      } else if (Xml.text(e) != null) {
        out.add(new PersonName(null, Xml.text(e)));
      }
    }
    return out;
  }

  private static String year(Element c) {
    String y = childText(c, "year");
    if (y == null) {
      return null;
    }
    var m = YEAR.matcher(y);
    return m.find() ? m.group() : y;
  }

  private static String pages(Element c) {
    String first = childText(c, "fpage");
    String last = childText(c, "lpage");
    if (first == null) {
      return childText(c, "elocation-id");
    }
    return last == null ? first : first + "-" + last;
  }

  private static String doi(Element c) {
    for (Element id : children(c, "pub-id")) {
      if ("doi".equals(attr(id, "pub-id-type"))) {
        return Xml.text(id);
      }
    }
    String url = url(c);
    if (url != null && url.matches("(?i)https?://(dx\\.)?doi\\.org/10\\..+")) {
      return url.replaceFirst("(?i)https?://(dx\\.)?doi\\.org/", "");
    }
    return null;
  }

  private static String url(Element c) {
    for (Element link : children(c, "ext-link", "uri")) {
      String href = attr(link, "xlink:href");
      String v = href != null ? href : Xml.text(link);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
