package org.polka.search;

/** A failure of the search index itself (not of what a reader typed): I/O, a broken core. */
public final class SearchException extends RuntimeException {
  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
