package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.polka.ingest.Extractor;
import org.polka.ingest.header.Header;
import org.polka.ingest.header.HeaderLine;
import org.polka.ingest.header.HeaderParser;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * GROBID's 744 annotated headers ({@code header/tei/*.tei.xml}) read as plain text — one header
 * line per {@code <lb/>}, no typography — and parsed by the header parser alone.
 *
 * <p>The files are split once and for all into a development part and a 20 % hold-out by the
 * CRC-32 of each file's name (hold-out when it is 0 modulo 5), so the split never changes as files
 * come and go; the hold-out is the figure to report, the development part the one to tune on.
 */
final class HeaderAnnotations implements Dataset {
  private final Path teiDir;
  private final boolean holdOut;

  HeaderAnnotations(Path teiDir, boolean holdOut) {
    this.teiDir = teiDir;
    this.holdOut = holdOut;
  }

  @Override
  public String name() {
    return "GROBID header annotations as plain lines, " + (holdOut ? "20 % hold-out" : "development 80 %")
        + " (" + teiDir + ")";
  }

  @Override
  public Optional<String> missing() {
    return Files.isDirectory(teiDir) ? Optional.empty() : Optional.of(teiDir + " missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    Scores scores = new Scores();
    List<String> notes = new ArrayList<>();
    HeaderParser parser = new HeaderParser();
    int n = 0;
    for (Path tei : GoldFiles.list(teiDir, ".tei.xml")) {
      if (isHoldOut(tei.getFileName().toString()) != holdOut) {
        continue;
      }
      try {
        HeaderGold gold = HeaderGold.parse(tei);
        Header got = parser.parse(lines(tei));
        score(scores, gold, got);
        n++;
      } catch (IOException e) {
        notes.add("unreadable gold " + tei.getFileName() + ": " + e.getMessage());
      }
    }
    notes.add(n + " annotated header(s)");
    return new DatasetResult(name(), scores, List.of(), notes);
  }

  /** Whether a file belongs to the fixed hold-out: CRC-32 of its name is 0 modulo 5. */
  static boolean isHoldOut(String fileName) {
    CRC32 crc = new CRC32();
    crc.update(fileName.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 5 == 0;
  }

  /** Scores a parsed header against the gold with {@link GrobidHeaders}' rules. */
  static void score(Scores scores, HeaderGold gold, Header got) {
    scores.single("title", gold.title(), got.title());
    scores.wholeList("authors", gold.authors(),
        got.authors().stream().map(a -> Similarity.fold(a.name())).toList());
    scores.single("abstract", gold.abstractText(),
        got.abstracts().isEmpty() ? null : got.abstracts().getFirst().text());
    scores.wholeList("keywords", gold.keywords(),
        got.keywords().stream().map(Similarity::fold).toList());
  }

  /** The text of the file's {@code <front>} as lines: breaks at {@code <lb/>} only. */
  static List<HeaderLine> lines(Path tei) throws IOException {
    Element front;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      var doc = f.newDocumentBuilder().parse(tei.toFile());
      var fronts = doc.getElementsByTagName("front");
      front = fronts.getLength() == 0 ? doc.getDocumentElement() : (Element) fronts.item(0);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e.getMessage(), e);
    }
    StringBuilder text = new StringBuilder();
    walk(front, text);
    List<HeaderLine> out = new ArrayList<>();
    for (String line : text.toString().split("\n")) {
      String t = line.replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) {
        out.add(HeaderLine.plain(t, 1));
      }
    }
    return out;
  }

  private static void walk(Node node, StringBuilder out) {
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == Node.TEXT_NODE) {
        out.append(c.getNodeValue().replaceAll("\\s+", " "));
      } else if (c.getNodeType() == Node.ELEMENT_NODE) {
        if (c.getNodeName().equals("lb")) {
          out.append('\n');
        } else {
          walk(c, out);
        }
      }
    }
  }
}
