package org.polka.oai;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document being written, element by element, with text cleaned of the characters XML 1.0
 * cannot carry (control characters, unpaired surrogates), which records read from PDFs do contain.
 */
final class XmlOut {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final StringWriter buffer = new StringWriter();
  private final XMLStreamWriter xml;

  XmlOut() {
    try {
      xml = FACTORY.createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens an unprefixed element in the namespace (declared with {@link #namespace} where needed). */
  XmlOut start(String namespace, String name) {
    return run(() -> xml.writeStartElement("", name, namespace));
  }

  /** Opens a prefixed element in the namespace. */
  XmlOut start(String prefix, String namespace, String name) {
    return run(() -> xml.writeStartElement(prefix, name, namespace));
  }

  /** Declares the namespace on the element just opened ({@code ""} for the default namespace). */
  XmlOut namespace(String prefix, String namespace) {
    return run(() -> {
      if (prefix.isEmpty()) {
        xml.writeDefaultNamespace(namespace);
      } else {
        xml.writeNamespace(prefix, namespace);
      }
    });
  }

  /** An attribute without a namespace on the element just opened. */
  XmlOut attr(String name, String value) {
    return run(() -> xml.writeAttribute(name, clean(value)));
  }

  /** A namespaced attribute on the element just opened. */
  XmlOut attr(String prefix, String namespace, String name, String value) {
    return run(() -> xml.writeAttribute(prefix, namespace, name, clean(value)));
  }

  XmlOut text(String text) {
    return run(() -> xml.writeCharacters(clean(text)));
  }

  XmlOut end() {
    return run(xml::writeEndElement);
  }

  /** A whole element with text content, in the default namespace of its parent. */
  XmlOut element(String namespace, String name, String text) {
    return start(namespace, name).text(text).end();
  }

  /** The document, closing any open elements. */
  String finish() {
    run(xml::writeEndDocument);
    run(xml::close);
    return buffer.toString();
  }

  private interface Step {
    void run() throws XMLStreamException;
  }

  private XmlOut run(Step step) {
    try {
      step.run();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
  }

  /** The text without the characters XML 1.0 does not allow. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(ch)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (out != null) {
            out.append(ch).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF)
            || (ch >= 0xE000 && ch <= 0xFFFD);
      }
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && out != null) {
        out.append(ch);
      }
    }
    return out == null ? s : out.toString();
  }
}
