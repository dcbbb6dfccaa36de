package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.polka.ingest.references.Labels;
import org.polka.ingest.references.Segment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * GROBID's citation annotations ({@code grobid-annotations/citation/*.xml}, TEI): every
 * {@code <bibl>} as labelled segments, with a fixed 20 % of them held out for scoring. An entry is
 * held out when the CRC-32 of "FILE#INDEX" is divisible by 5, so the split never changes.
 */
public record CitationAnnotations(List<Entry> entries, List<String> unreadable) {

  /** One annotated entry: its file, its index in the file, and its labelled segments. */
  public record Entry(String file, int index, List<Segment> segments) {
    /** Whether the entry belongs to the fixed 20 % hold-out. */
    public boolean heldOut() {
      CRC32 crc = new CRC32();
      crc.update((file + "#" + index).getBytes(StandardCharsets.UTF_8));
      return crc.getValue() % 5 == 0;
    }

    /** The entry's text: its segments concatenated. */
    public String text() {
      StringBuilder b = new StringBuilder();
      segments.forEach(s -> b.append(s.text()));
      return b.toString().replaceAll("\\s+", " ").strip();
    }
  }

  /** The development part (80 %). */
  public List<Entry> development() {
    return entries.stream().filter(e -> !e.heldOut()).toList();
  }

  /** The hold-out part (20 %). */
  public List<Entry> holdOut() {
    return entries.stream().filter(Entry::heldOut).toList();
  }

  /** Reads every {@code .xml} file of the folder, in name order; unparsable files are listed. */
  public static CitationAnnotations read(Path dir) throws IOException {
    List<Path> files = GoldFiles.list(dir, ".xml");
    List<Entry> entries = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Path f : files) {
      try {
        Document doc = parse(f);
        NodeList bibls = doc.getElementsByTagName("bibl");
        int index = 0;
        for (int i = 0; i < bibls.getLength(); i++) {
          Element b = (Element) bibls.item(i);
          if (insideBibl(b)) {
            continue;
          }
          List<Segment> segments = new ArrayList<>();
          collect(b, Labels.OTHER, segments);
          Entry e = new Entry(f.getFileName().toString(), index++, segments);
          if (!e.text().isEmpty()) {
            entries.add(e);
          }
        }
      } catch (IOException e) {
        unreadable.add(f.getFileName() + ": " + e.getMessage());
      }
    }
    return new CitationAnnotations(entries, unreadable);
  }

  private static boolean insideBibl(Element e) {
    for (Node p = e.getParentNode(); p != null; p = p.getParentNode()) {
      if ("bibl".equals(p.getNodeName())) {
        return true;
      }
    }
    return false;
  }

  private static void collect(Node node, String label, List<Segment> out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.add(new Segment(c.getNodeValue(), label));
      } else if (c.getNodeType() == Node.ELEMENT_NODE) {
        Element e = (Element) c;
        if (e.getTagName().equals("lb")) {
          out.add(new Segment(" ", label));
        } else {
          collect(e, label.equals(Labels.OTHER) ? label(e) : label, out);
        }
      }
    }
  }

  /** The tagger label of an annotation element. */
  static String label(Element e) {
    String type = (e.getAttribute("type") + e.getAttribute("unit") + e.getAttribute("level")).toLowerCase();
    return switch (e.getTagName().toLowerCase()) {
      case "author", "authors", "orgname" -> "author";
      case "editor" -> "editor";
      case "title" -> switch (level(e)) {
        case "a" -> "title";
        case "j" -> "journal";
        case "s" -> "series";
        default -> "booktitle";
      };
      case "date", "year" -> "date";
      case "biblscope" -> type.startsWith("vol") ? "volume" : type.equals("issue") ? "issue"
          : type.startsWith("p") ? "pages" : Labels.OTHER;
      case "publisher", "publishe" -> "publisher";
      case "pubplace" -> "place";
      case "idno" -> type.equals("doi") ? "doi" : "id";
      case "ptr" -> "url";
      case "note", "notes" -> "note";
      default -> Labels.OTHER;
    };
  }

  private static String level(Element e) {
    for (String a : List.of("level", "leve", "type")) {
      if (!e.getAttribute(a).isEmpty()) {
        return e.getAttribute(a).toLowerCase();
      }
    }
    return "";
  }

  private static Document parse(Path f) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(f.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
