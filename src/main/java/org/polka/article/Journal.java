package org.polka.article;

/** Where an article was published: journal title, ISSN, volume, issue, pages, publisher. */
public record Journal(String title, String issn, String volume, String issue, String firstPage,
    String lastPage, String publisher) {

  /** A journal known only by its title. */
  public static Journal titled(String title) {
    return new Journal(title, null, null, null, null, null, null);
  }
}
