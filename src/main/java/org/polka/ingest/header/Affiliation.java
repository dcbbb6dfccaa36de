package org.polka.ingest.header;

/**
 * An affiliation printed in a header: the marker that authors point to it with (null when none is
 * printed) and the institution with its address as one line of text.
 */
public record Affiliation(String marker, String text) {}
