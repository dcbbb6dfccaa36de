package org.polka.ingest;

import java.util.List;
import org.polka.ingest.jats.JatsReader;
import org.polka.ingest.jsonl.JsonlReader;
import org.polka.ingest.pagetext.PageTextReader;
import org.polka.ingest.pdf.PdfReader;
import org.polka.ingest.references.ReferenceExtractor;
import org.polka.ingest.repair.Lexicon;

/** The readers Polka knows, in the order they are asked whether they take a file. */
public final class Readers {
  private Readers() {}

  /** Every reader, with the standard dictionary and reference extractor. */
  public static List<ArticleReader> all() {
    return all(Lexicon.load(), ReferenceExtractor.standard());
  }

  /**
   * Every reader: PDF, JATS XML, CyberLeninka page text, JSONL records; text repairs use the
   * lexicon, bibliographies the reference extractor.
   */
  public static List<ArticleReader> all(Lexicon lexicon, ReferenceExtractor references) {
    return List.of(new PdfReader(lexicon, references), new JatsReader(),
        new PageTextReader(lexicon, references), new JsonlReader(lexicon, references));
  }
}
