package org.polka.ingest.jats;

import static org.polka.ingest.jats.Xml.attr;
import static org.polka.ingest.jats.Xml.childText;
import static org.polka.ingest.jats.Xml.children;
import static org.polka.ingest.jats.Xml.descendants;
import static org.polka.ingest.jats.Xml.textWithout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.polka.article.Footnote;
import org.polka.article.Section;
import org.w3c.dom.Element;

/** The body and back matter of a JATS article: sections with paragraphs, and footnotes. */
final class JatsBody {
  /** Containers whose paragraphs read as part of the section they sit in. */
  private static final Set<String> PARAGRAPH_HOLDERS =
      Set.of("list", "list-item", "disp-quote", "boxed-text", "def-list", "def-item", "def");
  private static final Set<String> FOOTNOTE_SKIPPED = Set.of("label");

  private JatsBody() {}

  /**
   * The sections of the body in reading order; text before the first heading is a section without
   * a title. Levels are nesting depths, 1 for top-level sections. Acknowledgements follow the body.
   */
  static List<Section> sections(Element body, Element back) {
    List<Section> out = new ArrayList<>();
    if (body != null) {
      List<String> lead = paragraphs(body);
      if (!lead.isEmpty()) {
        out.add(new Section(null, null, lead));
      }
      children(body, "sec").forEach(sec -> addSection(sec, 1, out));
    }
    for (Element ack : children(back, "ack")) {
      String title = childText(ack, "title");
      out.add(new Section(title == null ? "Acknowledgments" : title, 1, paragraphs(ack)));
    }
    return out;
  }

  private static void addSection(Element sec, int level, List<Section> out) {
    String title = childText(sec, "title");
    List<String> paragraphs = paragraphs(sec);
    if (title != null || !paragraphs.isEmpty()) {
      out.add(new Section(title, level, paragraphs));
    }
    children(sec, "sec").forEach(child -> addSection(child, level + 1, out));
  }

  /** The paragraphs directly in a container, including those in lists and quotes within it. */
  private static List<String> paragraphs(Element container) {
    List<String> out = new ArrayList<>();
    for (Element e : children(container)) {
      String tag = e.getTagName();
      if (tag.equals("p")) {
        String t = textWithout(e, Xml.FLOATS);
        if (t != null) {
          out.add(t);
        }
      } else if (PARAGRAPH_HOLDERS.contains(tag)) {
        out.addAll(paragraphs(e));
      }
    }
    return out;
  }

  /** The footnotes of the back matter and of footnote groups in the body, with their labels. */
  static List<Footnote> footnotes(Element body, Element back) {
    List<Footnote> out = new ArrayList<>();
    List<Element> groups = new ArrayList<>(descendants(body, "fn-group"));
    groups.addAll(descendants(back, "fn-group"));
    for (Element group : groups) {
      for (Element fn : children(group, "fn")) {
        String text = textWithout(fn, FOOTNOTE_SKIPPED);
        if (text != null) {
          String label = childText(fn, "label");
          out.add(new Footnote(label != null ? label : attr(fn, "symbol"), text));
        }
      }
    }
    return out;
  }
}
