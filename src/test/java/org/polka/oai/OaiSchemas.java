package org.polka.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The OAI-PMH response schema with the schemas of the formats Polka serves (oai_dc with simple
 * Dublin Core, and the JATS front-matter subset), from the test resources: nothing is fetched.
 * Metadata is validated strictly, as OAI-PMH.xsd's {@code processContents="strict"} demands.
 */
final class OaiSchemas {
  private static final Schema SCHEMA = load();

  private OaiSchemas() {}

  private static Schema load() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance()
          .getDOMImplementation("LS");
      factory.setResourceResolver((type, ns, publicId, systemId, base) -> {
        String name = systemId.substring(systemId.lastIndexOf('/') + 1);
        LSInput input = ls.createLSInput();
        input.setByteStream(OaiSchemas.class.getResourceAsStream("/oai/" + name));
        input.setSystemId(resource(name).toString());
        return input;
      });
      return factory.newSchema(new StreamSource[] {source("OAI-PMH.xsd"), source("oai_dc.xsd"),
          source("jats-front-subset.xsd")});
    } catch (SAXException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the OAI-PMH schemas: " + e.getMessage(), e);
    }
  }

  private static URL resource(String name) {
    URL url = OaiSchemas.class.getResource("/oai/" + name);
    if (url == null) {
      throw new IllegalStateException("missing test resource /oai/" + name);
    }
    return url;
  }

  private static StreamSource source(String name) {
    try {
      InputStream in = resource(name).openStream();
      return new StreamSource(in, resource(name).toString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fails unless the document is valid against the schemas; returns it parsed (namespace-aware). */
  static Document valid(String xml) {
    List<String> errors = new ArrayList<>();
    try {
      Validator validator = SCHEMA.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) {
          errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) {
          errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
      });
      validator.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException | IOException e) {
      errors.add(e.getMessage());
    }
    assertThat(errors).as("schema errors in:\n" + abbreviate(xml)).isEmpty();
    return parse(xml);
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      return fail("not XML: " + e.getMessage() + "\n" + abbreviate(xml));
    }
  }

  /** The elements with the local name, in document order, whatever their namespace. */
  static List<Element> all(Document doc, String localName) {
    NodeList nodes = doc.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** The text of every element with the local name. */
  static List<String> texts(Document doc, String localName) {
    return all(doc, localName).stream().map(Element::getTextContent).toList();
  }

  /** The text of every element with the local name under the element. */
  static List<String> texts(Element parent, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS("*", localName);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  private static String abbreviate(String xml) {
    return xml.length() > 4000 ? xml.substring(0, 4000) + "…" : xml;
  }
}
