package org.polka.ingest.references;

import java.util.List;

/** The field labels the reference tagger assigns to the tokens of an entry. */
public final class Labels {
  /** Text between fields: punctuation, "In:", "pp.", "Vol." and the like. */
  public static final String OTHER = "other";

  /** Every label, in the tagger's index order. */
  public static final List<String> ALL = List.of(OTHER, "author", "editor", "title", "journal",
      "booktitle", "series", "date", "volume", "issue", "pages", "publisher", "place", "doi", "url",
      "id", "note");

  private Labels() {}

  /** The index of a label; unknown labels count as {@link #OTHER}. */
  static int index(String label) {
    int i = ALL.indexOf(label);
    return Math.max(i, 0);
  }
}
