package org.polka.catalog;

import java.time.Instant;

/** An article as lists of links need it (sitemaps): id, title and when its record last changed. */
public record Listed(long id, String title, Instant updated) {}
