package org.polka.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;

/** The mapping from a Solr result document and its highlighted fragments to a {@link SearchHit}. */
final class SearchHits {
  private SearchHits() {}

  /** The hit of a result document with its highlighted fragments by field. */
  static SearchHit of(SolrDocument doc, Map<String, List<String>> hl) {
    String title = first(present(doc, "title"));
    List<String> authors = present(doc, "authors");
    String titleHl = first(hl.get("title"));
    String snippet = Snippets.best(Arrays.asList(
        first(hl.get("abstract")), first(hl.get("body"))));
    return new SearchHit(Long.parseLong((String) doc.getFieldValue("id")), title, authors,
        (String) doc.getFirstValue("journal"), (Integer) doc.getFirstValue("year"),
        (String) doc.getFirstValue("discipline"), (String) doc.getFirstValue("language"), snippet,
        (String) doc.getFirstValue("source"), (String) doc.getFirstValue("source_id"),
        (String) doc.getFirstValue("doi"), (String) doc.getFirstValue("url"),
        titleHl != null ? Snippets.toHtml(titleHl) : title == null ? null : Snippets.escape(title));
  }

  /**
   * The non-blank stored values of a text field: an article without the field stores the schema's
   * empty default (schema.xml says why).
   */
  private static List<String> present(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    return values == null ? List.of()
        : values.stream().map(String::valueOf).filter(v -> !v.isBlank()).toList();
  }

  /** The first non-blank highlighted fragment (multi-valued fields may yield empty ones). */
  private static String first(List<String> values) {
    return values == null ? null
        : values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
  }
}
