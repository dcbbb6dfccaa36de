package org.polka.article;

/** A footnote kept apart from the body: its marker label (e.g. "3") and text. */
public record Footnote(String label, String text) {}
