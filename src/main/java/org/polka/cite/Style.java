package org.polka.cite;

import java.util.Arrays;
import java.util.List;

/**
 * A citation style Polka offers: a CSL style (the file, its locale, how it shortens given names) or
 * one of the reference-manager formats (BibTeX, RIS, CSL-JSON).
 */
enum Style {
  GOST_2018("gost-r-7.0.100-2018", "/org/polka/cite/gost-r-7.0.100-2018.csl", "ru-RU", ". "),
  GOST_2008("gost-r-7.0.5-2008", "/gost-r-7-0-5-2008.csl", "ru-RU", ". "),
  APA("apa", "/apa.csl", "en-US", ". "),
  CHICAGO("chicago", "/chicago-author-date.csl", "en-US", null),
  HARVARD("harvard", "/harvard-cite-them-right.csl", "en-US", "."),
  IEEE("ieee", "/ieee.csl", "en-US", ". "),
  BIBTEX("bibtex", null, null, null),
  RIS("ris", null, null, null),
  CSL_JSON("csl-json", null, null, null);

  final String key;
  /** The CSL file on the class path, or null for a data format. */
  final String resource;
  final String locale;
  /** What goes after each initial ("И. И." or "И.И."), or null when the style prints given names whole. */
  final String initials;

  Style(String key, String resource, String locale, String initials) {
    this.key = key;
    this.resource = resource;
    this.locale = locale;
    this.initials = initials;
  }

  boolean csl() {
    return resource != null;
  }

  /** The style with this key; an error naming the known keys otherwise. */
  static Style of(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown citation style '" + key + "'; known styles: " + String.join(", ", keys())));
  }

  static List<String> keys() {
    return Arrays.stream(values()).map(s -> s.key).toList();
  }
}
