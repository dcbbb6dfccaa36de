package org.polka.article;

import java.util.List;

/** An author of an article: full name in reading order, its parts, and affiliations. */
public record Author(String name, String given, String family, List<String> affiliations,
    String email, String orcid) {

  public Author {
    affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
  }

  /** An author known only by a full name. */
  public static Author named(String name) {
    return new Author(name, null, null, List.of(), null, null);
  }
}
