package org.polka.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One OAI-PMH response as a harvester reads it: its error, or its records (or headers), the
 * resumption token and the list size. Parsed without DTDs or external entities: a response that
 * declares a DOCTYPE is refused.
 *
 * @param errorCode the first error's code, or null
 * @param errorMessage the first error's message, or null
 * @param records the records (for ListIdentifiers, headers without metadata)
 * @param resumptionToken the token for the next page; null when the list is complete
 * @param completeListSize the list size the server gave, or null
 * @param granularity for Identify, the datestamp granularity the server declares, else null
 */
record OaiPage(String errorCode, String errorMessage, List<HarvestedRecord> records,
    String resumptionToken, Long completeListSize, String granularity) {

  /**
   * One record of a response.
   *
   * @param identifier the OAI identifier
   * @param datestamp its datestamp as given
   * @param deleted whether the header says the record is deleted
   * @param metadata the root element of the metadata, or null (deleted, or a header only)
   */
  record HarvestedRecord(String identifier, String datestamp, boolean deleted, Element metadata) {}

  private static final DocumentBuilderFactory FACTORY = factory();

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser lacks secure-processing features", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /**
   * Reads a response body.
   *
   * @throws HarvestException when it is not a well-formed OAI-PMH response
   */
  static OaiPage parse(byte[] body, String url) {
    Document doc;
    try {
      synchronized (FACTORY) {
        doc = FACTORY.newDocumentBuilder().parse(new ByteArrayInputStream(body));
      }
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new HarvestException("the answer to " + url + " is not well-formed XML: " + e.getMessage());
    }
    Element root = doc.getDocumentElement();
    if (!"OAI-PMH".equals(root.getLocalName()) || !OaiResponse.NS.equals(root.getNamespaceURI())) {
      throw new HarvestException("the answer to " + url + " is not an OAI-PMH response (root element <"
          + root.getTagName() + ">)");
    }
    Element error = first(root, "error");
    if (error != null) {
      return new OaiPage(error.getAttribute("code"), error.getTextContent().strip(), List.of(), null,
          null, null);
    }
    Element identify = first(root, "Identify");
    if (identify != null) {
      return new OaiPage(null, null, List.of(), null, null, text(first(identify, "granularity")));
    }
    Element list = firstChild(root, "ListRecords", "ListIdentifiers", "GetRecord");
    if (list == null) {
      throw new HarvestException("the answer to " + url + " has neither records nor an error");
    }
    List<HarvestedRecord> records = new ArrayList<>();
    for (Element child : children(list)) {
      if (child.getLocalName().equals("record")) {
        records.add(record(first(child, "header"), first(child, "metadata")));
      } else if (child.getLocalName().equals("header")) {
        records.add(record(child, null));
      }
    }
    Element token = first(list, "resumptionToken");
    String next = token == null || token.getTextContent().isBlank() ? null : token.getTextContent().strip();
    Long size = null;
    if (token != null && token.getAttribute("completeListSize").matches("\\d{1,18}")) {
      size = Long.parseLong(token.getAttribute("completeListSize"));
    }
    return new OaiPage(null, null, records, next, size, null);
  }

  private static HarvestedRecord record(Element header, Element metadata) {
    if (header == null) {
      return new HarvestedRecord(null, null, false, null);
    }
    Element root = metadata == null ? null : children(metadata).stream().findFirst().orElse(null);
    return new HarvestedRecord(text(first(header, "identifier")), text(first(header, "datestamp")),
        "deleted".equals(header.getAttribute("status")), root);
  }

  /** The child elements of an element. */
  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element first(Element parent, String localName) {
    return firstChild(parent, localName);
  }

  private static Element firstChild(Element parent, String... localNames) {
    for (Element e : children(parent)) {
      for (String name : localNames) {
        if (name.equals(e.getLocalName())) {
          return e;
        }
      }
    }
    return null;
  }

  private static String text(Element e) {
    return e == null ? null : e.getTextContent().strip();
  }
}
