package org.polka.ingest.jats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small helpers over a namespace-unaware DOM: child lookup and text flattening. */
final class Xml {
  /** Elements whose text is not part of the running text around them (captions, tables). */
  static final Set<String> FLOATS = Set.of("fig", "fig-group", "table-wrap", "table-wrap-group",
      "supplementary-material", "alternatives", "xref-group");

  private Xml() {}

  /** The direct child elements with one of the names, in document order. */
  static List<Element> children(Element parent, String... names) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    Set<String> wanted = Set.of(names);
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (wanted.isEmpty() || wanted.contains(e.getTagName()))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first direct child with the name, or null. */
  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.getFirst();
  }

  /** The element at a path of direct children, e.g. {@code "front/article-meta"}, or null. */
  static Element path(Element start, String path) {
    Element at = start;
    for (String step : path.split("/")) {
      at = child(at, step);
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  /** All descendants with the name, in document order. */
  static List<Element> descendants(Element root, String name) {
    List<Element> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    NodeList list = root.getElementsByTagName(name);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The element's text with inline markup flattened and whitespace collapsed; null when empty. */
  static String text(Element e) {
    return e == null ? null : clean(flatten(e, false, Set.of()));
  }

  /** Like {@link #text} but leaving out the named descendants (e.g. floats or labels). */
  static String textWithout(Element e, Set<String> skipped) {
    return e == null ? null : clean(flatten(e, false, skipped));
  }

  /** The text with a space between sibling elements, for markup that carries no punctuation. */
  static String spacedText(Element e) {
    if (e == null) {
      return null;
    }
    String s = clean(flatten(e, true, Set.of()));
    return s == null ? null : s.replaceAll(" ([,.;:)])", "$1").replace("( ", "(");
  }

  /** The text of the first direct child with the name, or null. */
  static String childText(Element parent, String name) {
    return text(child(parent, name));
  }

  /** The attribute's value, or null when it is absent or blank. */
  static String attr(Element e, String name) {
    if (e == null || !e.hasAttribute(name)) {
      return null;
    }
    String v = e.getAttribute(name).strip();
    return v.isEmpty() ? null : v;
  }

  private static String flatten(Element e, boolean spaced, Set<String> skipped) {
    StringBuilder out = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        if (!skipped.contains(child.getTagName())) {
          if (spaced) {
            out.append(' ');
          }
          out.append(flatten(child, spaced, skipped));
        }
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      }
    }
    return out.toString();
  }

  private static String clean(String s) {
    String c = s.replaceAll("[\\s\\u00A0]+", " ").strip();
    return c.isEmpty() ? null : c;
  }
}
