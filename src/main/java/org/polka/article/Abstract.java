package org.polka.article;

/** An abstract and the ISO 639-1 code of its language (null when unknown). */
public record Abstract(String language, String text) {}
