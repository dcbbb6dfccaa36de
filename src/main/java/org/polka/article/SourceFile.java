package org.polka.article;

/** The file a record was read from: its name, format (pdf, jats, text, jsonl, oai_dc) and page count. */
public record SourceFile(String file, String format, Integer pages) {}
