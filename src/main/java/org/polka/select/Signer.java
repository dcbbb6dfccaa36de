package org.polka.select;

import org.apache.lucene.analysis.Analyzer;
import org.polka.search.IndexedTexts;
import org.polka.search.TermSigner;

/** The selection service's term signatures ({@link Signature}), as the index makes and stores them. */
public final class Signer implements TermSigner {
  @Override
  public String sign(Analyzer analyzer, IndexedTexts texts) {
    return Signature.of(analyzer, texts.title(), texts.keywords(), texts.abstracts(), texts.body())
        .encode();
  }

  @Override
  public String version() {
    return "signature-1 front-2-2-1 body-%d-%d opening-%d".formatted(Signature.BODY_TERMS,
        Signature.BODY_CHARS, Signature.OPENING_PARAGRAPHS);
  }
}
