package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The header fields recoverable from one GROBID header training file (TEI). */
record HeaderGold(String title, List<String> authors, String abstractText, List<String> keywords) {

  /** Reads the first title, every author line, the abstract and the keyword lines. */
  static HeaderGold parse(Path tei) throws IOException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      doc = f.newDocumentBuilder().parse(tei.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e.getMessage(), e);
    }
    List<String> titles = texts(doc, "titlePart");
    String abstractText = null;
    NodeList divs = doc.getElementsByTagName("div");
    for (int i = 0; i < divs.getLength() && abstractText == null; i++) {
      Element div = (Element) divs.item(i);
      if ("abstract".equals(div.getAttribute("type"))) {
        abstractText = Similarity.fold(div.getTextContent());
      }
    }
    return new HeaderGold(titles.isEmpty() ? null : titles.get(0),
        GrobidHeaders.splitAuthors(texts(doc, "docAuthor")), abstractText,
        GrobidHeaders.splitKeywords(texts(doc, "keyword")));
  }

  private static List<String> texts(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(Similarity.fold(nodes.item(i).getTextContent()));
    }
    return out;
  }
}
