package org.polka.ingest.references;

/**
 * A stretch of a bibliography entry with its field label (one of {@link Labels#ALL}); its text
 * keeps the white space around it, so that a labelled entry's segments concatenate to the entry.
 */
public record Segment(String text, String label) {}
