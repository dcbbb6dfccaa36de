package org.polka.web.view;

import java.util.List;
import org.polka.web.view.Parts.Card;
import org.polka.web.view.Parts.Chrome;
import org.polka.web.view.Parts.FacetGroup;
import org.polka.web.view.Parts.FacetLink;
import org.polka.web.view.Parts.Link;
import org.polka.web.view.Parts.Paging;

/**
 * The models of the pages, one per template.
 *
 * <p>Public because the compiled templates, which live in their own package, read them.
 */
public final class Pages {
  private Pages() {}

  /** The home page: library size, disciplines with counts, recently added articles. */
  public record Home(Chrome chrome, long total, List<FacetLink> disciplines, List<Card> recent) {}

  /**
   * A search result page.
   *
   * @param notice a message about the query (e.g. searched as plain words), or null
   * @param active the active filters, each linking to the same search without it
   * @param clearUrl the same search without any filter, or null when none is active
   * @param totalText the number of hits as the reader should read it ("about N" when estimated)
   * @param didYouMean a corrected query linking to its search, or null
   */
  public record Search(Chrome chrome, String query, long total, String notice, List<Card> hits,
      List<FacetGroup> facets, List<Link> active, String clearUrl, List<Link> sorts, Paging paging,
      String totalText, Link didYouMean) {}

  /** The search help page: query examples and what each does. */
  public record Help(Chrome chrome, List<HelpRow> rows) {}

  /** The REST API reference page, rendered from the OpenAPI document. */
  public record ApiDocs(Chrome chrome, String title, String description, List<ApiOperation> operations) {}

  /** One operation of the API: method, path, what it does, and its parameters as "name: text". */
  public record ApiOperation(String method, String path, String summary, String description,
      List<String> parameters) {}

  /** One row of the search help: example queries (each linking to its search) and the explanation. */
  public record HelpRow(List<Link> examples, String text) {}

  /** The articles of one journal or one discipline. */
  public record Listing(Chrome chrome, String heading, long total, List<Card> hits, List<Link> sorts,
      Paging paging) {}

  /** An author and their affiliations. */
  public record AuthorLine(String name, List<String> affiliations) {}

  /** An abstract with the name of its language. */
  public record AbstractBlock(String language, String languageName, String text) {}

  /** A body section: heading (may be null), whether it is a sub-heading, paragraphs. */
  public record SectionBlock(String title, boolean sub, List<List<Piece>> paragraphs) {}

  /** A run of paragraph text, or (when {@code note} is set) a footnote marker linking to its note. */
  public record Piece(String text, String note) {}

  /** A footnote shown in the notes list. */
  public record Note(String label, String text) {}

  /**
   * An article page.
   *
   * @param journalDetails volume, issue and pages as one line, or null
   * @param fileUrl the link to the stored original, or null when there is none
   * @param sourceUrl the page of the article at its source, or null
   */
  public record ArticleDetails(Chrome chrome, String title, List<AuthorLine> authors, String journal,
      String journalUrl, String journalDetails, Integer year, String discipline,
      String disciplineUrl, String license, long views, long downloads, List<Link> keywords,
      List<AbstractBlock> abstracts, List<SectionBlock> sections, List<Note> notes,
      List<String> references, String fileUrl, String doi, String sourceUrl, CiteBox cite,
      HeadMeta head) {}

  /**
   * What an article page says to machines in its head: meta tags, the canonical URL, and JSON-LD
   * ({@code jsonLd} is already safe inside a script element).
   */
  public record HeadMeta(List<Meta> tags, String canonical, String jsonLd) {}

  /** One {@code <meta name content>} tag. */
  public record Meta(String name, String content) {}

  /**
   * The citation box: the reference in the chosen style, links switching the style, and links
   * downloading the record for reference managers.
   */
  public record CiteBox(String text, List<Link> styles, List<Link> downloads) {}

  /** An error page: status and a message for the reader. */
  public record ErrorInfo(Chrome chrome, int status, String message) {}
}
