package org.polka.oai;

import org.polka.catalog.StoredArticle;

/** A metadata format the provider disseminates: its prefix, schema, namespace and writer. */
interface MetadataFormat {
  String prefix();

  String schema();

  String namespace();

  /**
   * Writes the article as this format's root element (the content of {@code <metadata>}).
   *
   * @param landingPage the absolute URL of the article's page
   */
  void write(XmlOut out, StoredArticle stored, String landingPage);
}
