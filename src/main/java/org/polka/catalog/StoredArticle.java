package org.polka.catalog;

import java.time.Instant;
import org.polka.article.Article;

/**
 * An article as the catalog holds it: its id, the record, and what the library keeps about it.
 *
 * @param id the catalog's id, stable for the life of the library
 * @param article the structured record
 * @param contentHash hash of the input the record was read from (identity when there is no DOI or source id)
 * @param file path of the original file under the data folder's {@code files/}, or null
 * @param views times the article page was viewed (starting from the source's counter, if any)
 * @param downloads times the original file was downloaded (starting from the source's counter)
 * @param added when the article first entered the catalog
 * @param updated when its record last changed
 * @param signature the index's term signature of the record as the catalog keeps it (see
 *     {@code search/TermSigner}), or null when it has not been made for this record and analyzer
 */
public record StoredArticle(long id, Article article, String contentHash, String file, long views,
    long downloads, Instant added, Instant updated, String signature) {

  /** A stored article without a kept signature. */
  public StoredArticle(long id, Article article, String contentHash, String file, long views,
      long downloads, Instant added, Instant updated) {
    this(id, article, contentHash, file, views, downloads, added, updated, null);
  }
}
