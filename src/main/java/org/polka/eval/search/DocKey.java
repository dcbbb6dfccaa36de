package org.polka.eval.search;

import org.polka.article.Article;

/** A record's identity in Polka and in the baseline: its source collection and its id there. */
record DocKey(String source, String sourceId) {

  /** The key of an article read from the corpus, or null when it has no source id. */
  static DocKey of(Article article) {
    if (article.origin() == null || article.origin().sourceId() == null) {
      return null;
    }
    return new DocKey(article.origin().source(), article.origin().sourceId());
  }
}
