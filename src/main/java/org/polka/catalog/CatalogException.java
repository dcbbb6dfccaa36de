package org.polka.catalog;

/** A failure of the catalog's database, with what was being done. */
public final class CatalogException extends RuntimeException {
  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
