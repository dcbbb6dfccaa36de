package org.polka.search;

import java.util.List;

/**
 * One ranked article in a search result.
 *
 * @param snippet HTML-safe text around the best match, with matches in {@code <mark>} elements
 *     (everything else escaped); null when nothing could be highlighted
 * @param titleHtml the title as HTML-safe text, matches in {@code <mark>} elements (everything else
 *     escaped); null when the article has no title
 */
public record SearchHit(long id, String title, List<String> authors, String journal, Integer year,
    String discipline, String language, String snippet, String source, String sourceId, String doi,
    String url, String titleHtml) {

  public SearchHit {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** A hit whose title carries no highlighting (the title is only escaped). */
  public SearchHit(long id, String title, List<String> authors, String journal, Integer year,
      String discipline, String language, String snippet, String source, String sourceId,
      String doi, String url) {
    this(id, title, authors, journal, year, discipline, language, snippet, source, sourceId, doi,
        url, title == null ? null : Snippets.escape(title));
  }
}
