package org.polka.article;

/**
 * The identifiers an article was ingested with: the source collection (e.g. "cyberleninka"),
 * the id the source gives it, and the URL where the source shows it. Any part may be null.
 */
public record Origin(String source, String sourceId, String url) {}
