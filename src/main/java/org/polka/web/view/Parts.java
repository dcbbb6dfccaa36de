package org.polka.web.view;

import java.util.List;

/**
 * The pieces page models are made of: links, facet values, article cards, paging, page chrome.
 *
 * <p>Public because the compiled templates, which live in their own package, read them. Every
 * string here is plain text (templates escape it) except {@link Card#snippet}, which is already
 * HTML-safe.
 */
public final class Parts {
  private Parts() {}

  /** A link with a label; {@code active} marks the current choice (e.g. the current sort). */
  public record Link(String label, String url, boolean active) {}

  /** One facet value: label, how many articles carry it, the link that toggles it. */
  public record FacetLink(String label, long count, String url, boolean active) {}

  /** The values of one facet field under a heading. */
  public record FacetGroup(String field, String label, List<FacetLink> values) {}

  /**
   * An article in a list.
   *
   * @param meta journal and year, as one line
   * @param snippet HTML-safe text with matches in {@code <mark>} (from the index), or null
   * @param titleHtml the title as HTML-safe text with matches in {@code <mark>} (from the index),
   *     or null to show {@code title} as plain text
   */
  public record Card(String url, String title, String authors, String meta, String snippet,
      String titleHtml) {

    /** A card whose title is shown as plain text. */
    public Card(String url, String title, String authors, String meta, String snippet) {
      this(url, title, authors, meta, snippet, null);
    }
  }

  /** Paging links: a summary ("Page 2 of 5") and previous/next URLs (null at the ends). */
  public record Paging(String summary, String prevUrl, String nextUrl, List<Link> pages) {

    /** True when there is more than one page. */
    public boolean shown() {
      return prevUrl != null || nextUrl != null;
    }
  }

  /**
   * What every page's frame shows: texts, page title, the query in the search box and the
   * language switch.
   */
  public record Chrome(Messages msg, String title, String query, List<Link> languages) {

    /** The interface language code, for {@code <html lang>}. */
    public String lang() {
      return msg.language();
    }
  }
}
