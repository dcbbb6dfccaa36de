package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.ingest.PdfFixture;

/** Topic text from uploaded TXT, PDF and DOCX files. */
class TopicTextTest {
  @TempDir
  Path dir;

  @Test
  void plainTextIsReadAsUtf8() throws Exception {
    assertThat(TopicText.of("draft.txt", "  Генетические алгоритмы\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("Генетические алгоритмы");
  }

  @Test
  void aPdfGivesItsTextLayer() throws Exception {
    Path pdf = dir.resolve("draft.pdf");
    PdfFixture.write(pdf, "Neural networks", "Speech recognition with recurrent layers");
    String text = TopicText.of("draft.pdf", Files.readAllBytes(pdf));
    assertThat(text).contains("Neural networks").contains("recurrent layers");
  }

  @Test
  void aDocxGivesItsParagraphs() throws Exception {
    String xml = "<w:document><w:body><w:p><w:r><w:t>Водные ресурсы</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>R&amp;D &lt;basin&gt;</w:t></w:r></w:p></w:body></w:document>";
    String text = TopicText.of("draft.docx", zip("word/document.xml", xml));
    assertThat(text).isEqualTo("Водные ресурсы\nR&D <basin>");
  }

  @Test
  void filesWithoutTextAreRefusedSayingWhich() throws Exception {
    assertThatThrownBy(() -> TopicText.of("empty.txt", new byte[0]))
        .isInstanceOf(TopicText.UnreadableTopic.class).hasMessageContaining("empty.txt: no text");
    assertThatThrownBy(() -> TopicText.of("broken.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("broken.pdf: not a readable pdf file");
    assertThatThrownBy(() -> TopicText.of("other.docx", zip("content.xml", "<x/>")))
        .hasMessageContaining("without word/document.xml");
  }

  private static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
