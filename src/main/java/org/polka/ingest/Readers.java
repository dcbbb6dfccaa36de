package org.polka.ingest;

import java.util.List;
import org.polka.ingest.jats.JatsReader;
import org.polka.ingest.jsonl.JsonlReader;
import org.polka.ingest.pagetext.PageTextReader;
import org.polka.ingest.pdf.PdfReader;
import org.polka.ingest.references.ReferenceExtractor;

/** The readers Polka knows, in the order they are asked whether they take a file. */
public final class Readers {
  private Readers() {}

  /** Every reader: PDF, JATS XML, CyberLeninka page text, JSONL records. */
  public static List<ArticleReader> all() {
    ReferenceExtractor references = ReferenceExtractor.standard();
    return List.of(new PdfReader(references), new JatsReader(), new PageTextReader(references),
        new JsonlReader(references));
  }
}
