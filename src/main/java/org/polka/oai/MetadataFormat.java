package org.polka.oai;

import org.polka.catalog.StoredArticle;

/** A metadata format the provider disseminates: its description and its writer. */
interface MetadataFormat {
  /**
   * What ListMetadataFormats says about a format.
   *
   * @param prefix the metadataPrefix harvesters ask for
   * @param schema the URL of its XML schema
   * @param namespace its XML namespace
   */
  record Description(String prefix, String schema, String namespace) {}

  Description description();

  /**
   * Writes the article as this format's root element (the content of {@code <metadata>}).
   *
   * @param landingPage the absolute URL of the article's page
   */
  void write(XmlOut out, StoredArticle stored, String landingPage);
}
