package org.polka.search;

import java.util.List;

/**
 * One ranked article in a search result.
 *
 * @param snippet HTML-safe text around the best match, with matches in {@code <mark>} elements
 *     (everything else escaped); null when nothing could be highlighted
 */
public record SearchHit(long id, String title, List<String> authors, String journal, Integer year,
    String discipline, String language, String snippet, String source, String sourceId, String doi,
    String url) {}
