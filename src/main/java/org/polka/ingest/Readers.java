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
    return all(lexicon, references, false);
  }

  /**
   * Every reader, the PDF reader with {@code splitIssue}: a PDF is then always read as a whole
   * journal issue, one record per article (without it only a PDF that plainly holds several
   * articles is split).
   */
  public static List<ArticleReader> all(Lexicon lexicon, ReferenceExtractor references,
      boolean splitIssue) {
    return List.of(new PdfReader(lexicon, references, splitIssue), new JatsReader(),
        new PageTextReader(lexicon, references), new JsonlReader(lexicon, references));
  }

  /** Every reader with the standard dictionary and reference extractor, PDFs split as issues or not. */
  public static List<ArticleReader> all(boolean splitIssue) {
    return all(Lexicon.load(), ReferenceExtractor.standard(), splitIssue);
  }
}
