package org.polka.article;

/** A person's name split into given and family parts. */
public record PersonName(String given, String family) {}
