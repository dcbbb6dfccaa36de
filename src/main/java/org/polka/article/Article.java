package org.polka.article;

import java.util.List;

/**
 * A structured scholarly article: the record every reader produces and the catalog stores.
 *
 * <p>Field meanings follow {@code article.schema.json}. Absent values are {@code null} (or empty lists),
 * never invented. {@link #origin} holds the identifiers the article was ingested with.
 */
public record Article(
    String title,
    String language,
    List<Author> authors,
    List<Abstract> abstracts,
    List<String> keywords,
    String discipline,
    String license,
    Integer views,
    Integer downloads,
    String doi,
    String published,
    Journal journal,
    List<Section> sections,
    List<Footnote> footnotes,
    List<Reference> references,
    List<String> warnings,
    SourceFile source,
    Origin origin) {

  public Article {
    authors = List.copyOf(nonNull(authors));
    abstracts = List.copyOf(nonNull(abstracts));
    keywords = List.copyOf(nonNull(keywords));
    sections = List.copyOf(nonNull(sections));
    footnotes = List.copyOf(nonNull(footnotes));
    references = List.copyOf(nonNull(references));
    warnings = List.copyOf(nonNull(warnings));
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
  }

  /** The main abstract: the one in the article's language, else the first, else null. */
  public String mainAbstract() {
    return abstracts.stream()
        .filter(a -> language != null && language.equals(a.language()))
        .findFirst()
        .or(() -> abstracts.stream().findFirst())
        .map(Abstract::text)
        .orElse(null);
  }

  /** The publication year, parsed from {@link #published}, or null. */
  public Integer year() {
    if (published == null || published.length() < 4) {
      return null;
    }
    try {
      return Integer.parseInt(published.substring(0, 4));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** All body paragraphs in reading order. */
  public List<String> paragraphs() {
    return sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
  }

  /** A builder initialised from this record, for readers that refine a record step by step. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder() {
    return new Builder(null);
  }
}
