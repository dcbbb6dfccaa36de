package org.polka.search;

/**
 * One autocomplete proposal: a title, author, keyword or journal that starts like what was typed.
 *
 * @param kind what the value is
 * @param value the value as shown in the library
 * @param articles how many articles carry it (as of the last index merge; deleted ones may count)
 */
public record Suggestion(Kind kind, String value, long articles) {

  /** What a proposal is; the code is the key prefix in the index. */
  public enum Kind {
    TITLE("t"), AUTHOR("a"), KEYWORD("k"), JOURNAL("j");

    final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The lower-case name, as used in the JSON API. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
