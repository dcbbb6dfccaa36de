package org.polka.search;

import org.apache.lucene.analysis.Analyzer;

/**
 * A maker of the term signature the index stores beside each article (field {@value #FIELD}), so
 * a service that compares articles reads term counts instead of analysing texts on the request path.
 *
 * <p>A signature depends only on the article's texts, the analyzer and the maker's {@link #version};
 * the catalog keeps them, so a rebuild of the index copies them instead of analysing every text a
 * second time.
 */
public interface TermSigner {
  /** The stored field that holds an article's signature. */
  String FIELD = "signature";

  /** The field type whose index analyzer a signature is made with. */
  String TEXT_TYPE = "text_ru_en";

  /** The signature of an article's indexed texts, analysed with the index's text analyzer. */
  String sign(Analyzer analyzer, IndexedTexts texts);

  /** What the signatures depend on besides the texts and the analyzer (format and limits). */
  String version();

  /** No signatures: an index that stores none. */
  TermSigner NONE = new TermSigner() {
    @Override
    public String sign(Analyzer analyzer, IndexedTexts texts) {
      return null;
    }

    @Override
    public String version() {
      return "none";
    }
  };
}
