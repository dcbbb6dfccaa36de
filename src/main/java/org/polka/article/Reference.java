package org.polka.article;

import java.util.List;

/** A bibliography entry: the raw string as printed and the fields parsed from it. */
public record Reference(String raw, List<PersonName> authors, String title, String container,
    String year, String volume, String issue, String pages, String publisher, String place,
    String doi, String url) {

  public Reference {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** A reference whose fields have not been parsed. */
  public static Reference raw(String raw) {
    return new Reference(raw, List.of(), null, null, null, null, null, null, null, null, null, null);
  }
}
