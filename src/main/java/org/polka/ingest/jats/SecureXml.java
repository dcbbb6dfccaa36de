package org.polka.ingest.jats;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A parser of untrusted XML into a DOM that never fetches anything: external DTDs and entities are
 * not loaded, documents that declare entities are refused, and secure processing limits are on.
 *
 * <p>Publishers' DTDs define named character entities ({@code &ndash;}); since the DTD is not read,
 * the common ones are replaced by their characters before parsing, and unknown ones by U+FFFD.
 */
final class SecureXml {
  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
  private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
  private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s");
  private static final Pattern ROOT_START = Pattern.compile("<[A-Za-z_]");

  /** A parsed document, or the reason there is none. */
  record Parsed(Document document, String problem) {}

  private final DocumentBuilderFactory factory;

  SecureXml() {
    factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser lacks secure-processing features", e);
    }
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
  }

  /** Parses the bytes of one document. */
  Parsed parse(byte[] bytes) throws IOException {
    String xml = decode(bytes);
    if (declaresEntities(xml)) {
      return new Parsed(null, "document declares entities (<!ENTITY>) in its DOCTYPE;"
          + " refused because entity declarations can expand without bound or read files");
    }
    try {
      DocumentBuilder builder = newBuilder();
      builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
      builder.setErrorHandler(QUIET);
      return new Parsed(builder.parse(new InputSource(new StringReader(replaceEntities(xml)))), null);
    } catch (SAXParseException e) {
      return new Parsed(null, "invalid XML at line %d, column %d: %s"
          .formatted(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
    } catch (SAXException e) {
      return new Parsed(null, "invalid XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh builder; the factory itself is not thread-safe, so creation is serialised. */
  private synchronized DocumentBuilder newBuilder() throws ParserConfigurationException {
    return factory.newDocumentBuilder();
  }

  private static boolean declaresEntities(String xml) {
    int doctype = xml.indexOf("<!DOCTYPE");
    if (doctype < 0) {
      return false;
    }
    Matcher root = ROOT_START.matcher(xml);
    int end = root.find(doctype + 9) ? root.start() : xml.length();
    return ENTITY_DECL.matcher(xml).region(doctype, end).find();
  }

  private static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    String head = new String(bytes, start, Math.min(200, bytes.length - start),
        StandardCharsets.ISO_8859_1);
    Matcher m = ENCODING.matcher(head);
    Charset charset = StandardCharsets.UTF_8;
    if (m.find() && Charset.isSupported(m.group(1))) {
      charset = Charset.forName(m.group(1));
    }
    return new String(bytes, start, bytes.length - start, charset);
  }

  /** Named references other than XML's own five, as numeric references. */
  static String replaceEntities(String xml) {
    return NAMED_ENTITY.matcher(xml).replaceAll(m -> {
      String name = m.group(1);
      if (Entities.XML_OWN.contains(name)) {
        return Matcher.quoteReplacement(m.group());
      }
      Integer cp = Entities.CODES.get(name);
      return "&#x" + Integer.toHexString(cp == null ? 0xFFFD : cp) + ";";
    });
  }

  private static final ErrorHandler QUIET = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {}

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };
}
