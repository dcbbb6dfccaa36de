package org.polka.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.common.SolrInputDocument;

/**
 * The texts of one article as the index receives them (cleaned, abstracts without repeats).
 *
 * @param title the title, or null
 * @param keywords the author keywords
 * @param abstracts the abstracts, the main one first
 * @param body the body paragraphs in reading order
 */
public record IndexedTexts(String title, List<String> keywords, List<String> abstracts,
    List<String> body) {

  /** The texts of a document made by {@link SolrDocuments}. */
  static IndexedTexts of(SolrInputDocument doc) {
    Object title = doc.getFieldValue("title");
    return new IndexedTexts(title == null ? null : title.toString(), strings(doc, "keywords"),
        strings(doc, "abstract"), strings(doc, "body"));
  }

  private static List<String> strings(SolrInputDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    List<String> out = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> out.add(v.toString()));
    }
    return out;
  }
}
