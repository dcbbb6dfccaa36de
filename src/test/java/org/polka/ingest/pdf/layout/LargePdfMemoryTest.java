package org.polka.ingest.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.ingest.repair.Lexicon;

/** A 500-page PDF read by the layout reader in a JVM limited to 512 MiB of heap. */
class LargePdfMemoryTest {
  private static final int PAGES = 500;

  @TempDir Path dir;

  @Test
  void fiveHundredPagesFitIn512MiBOfHeap() throws Exception {
    Path file = dir.resolve("large.pdf");
    LayoutPdf pdf = new LayoutPdf();
    for (int p = 1; p <= PAGES; p++) {
      pdf.text(p, 72, 40, 9, LayoutPdf.ROMAN, "Journal of Long Documents 1 (2026)");
      for (int i = 0; i < 40; i++) {
        pdf.line(p, 72, 100 + 14 * i, "Page " + p + " line " + i
            + " carries enough words to look like a line of running text in a long report.");
      }
      pdf.text(p, 295, 810, 9, LayoutPdf.ROMAN, String.valueOf(p));
    }
    pdf.save(file);

    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        LargePdfMemoryTest.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("pages=500 runningHeads=500 pageNumbers=500");
  }

  /** Reads the PDF named by the argument and prints what it found; run with a small heap. */
  public static void main(String[] args) throws IOException {
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(new File(args[0])), "",
        null, null, IOUtils.createTempFileOnlyStreamCache())) {
      Layout layout = PdfLayout.read(doc, Lexicon.empty());
      List<Layout.LabelledLine> lines = layout.lines();
      System.out.println("pages=" + layout.lastPage()
          + " runningHeads=" + lines.stream().filter(l -> l.kind() == Kind.RUNNING_HEAD).count()
          + " pageNumbers=" + lines.stream().filter(l -> l.kind() == Kind.PAGE_NUMBER).count()
          + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1 << 20));
    }
  }
}
