package org.polka.select;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an uploaded topic: a plain-text file, a PDF (its text layer) or a DOCX (the paragraphs
 * of {@code word/document.xml}); the file type is told by its content, then by its name.
 */
public final class TopicText {
  /** Longest topic text used, in characters (a whole draft is more than enough). */
  public static final int MAX_CHARS = 200_000;

  private TopicText() {}

  /** A file that could not be read as a topic: what and why. */
  public static final class UnreadableTopic extends Exception {
    public UnreadableTopic(String message) {
      super(message);
    }
  }

  /** The topic text of the uploaded bytes. */
  public static String of(String name, byte[] bytes) throws UnreadableTopic {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    String text;
    if (starts(bytes, "%PDF")) {
      text = pdf(name, bytes);
    } else if (starts(bytes, "PK") && (lower.endsWith(".docx") || !lower.contains("."))) {
      text = docx(name, bytes);
    } else if (lower.endsWith(".pdf") || lower.endsWith(".docx") || lower.endsWith(".doc")) {
      throw new UnreadableTopic(name + ": not a readable " + lower.substring(lower.lastIndexOf('.') + 1)
          + " file (accepted: TXT, PDF, DOCX)");
    } else {
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    text = text.replace('\u0000', ' ').strip();
    if (text.isEmpty()) {
      throw new UnreadableTopic(name + ": no text found in the file");
    }
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  }

  private static String pdf(String name, byte[] bytes) throws UnreadableTopic {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UnreadableTopic(name + ": cannot read the PDF: " + e.getMessage());
    }
  }

  private static String docx(String name, byte[] bytes) throws UnreadableTopic {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(zip.readNBytes(50_000_000), StandardCharsets.UTF_8);
          return xml.replaceAll("</w:p>", "\n").replaceAll("<w:tab/>", " ")
              .replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
              .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
        }
      }
      throw new UnreadableTopic(name + ": a ZIP file without word/document.xml, not a DOCX");
    } catch (IOException e) {
      throw new UnreadableTopic(name + ": cannot read the DOCX: " + e.getMessage());
    }
  }

  private static boolean starts(byte[] bytes, String magic) {
    byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < m.length) {
      return false;
    }
    for (int i = 0; i < m.length; i++) {
      if (bytes[i] != m[i]) {
        return false;
      }
    }
    return true;
  }
}
