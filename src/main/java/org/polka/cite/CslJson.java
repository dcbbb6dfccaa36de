package org.polka.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.polka.article.Article;
import org.polka.article.Journal;
import org.polka.article.PersonName;

/** The CSL-JSON writer: an array of {@code article-journal} items, names whole (not initials). */
final class CslJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private CslJson() {}

  static String write(List<Article> items) {
    ArrayNode array = MAPPER.createArrayNode();
    for (int i = 0; i < items.size(); i++) {
      array.add(item(items.get(i), "item-" + (i + 1)));
    }
    try {
      return MAPPER.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One article as compact CSL-JSON item text. */
  static String itemText(Article a, String id) {
    try {
      return COMPACT.writeValueAsString(item(a, id));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One article as a CSL-JSON item with this id. */
  static ObjectNode item(Article a, String id) {
    ObjectNode item = MAPPER.createObjectNode();
    item.put("id", id);
    item.put("type", "article-journal");
    put(item, "title", a.title() == null ? null : CslItems.title(a.title()));
    ArrayNode authors = MAPPER.createArrayNode();
    for (var author : a.authors()) {
      PersonName n = Names.parts(author);
      if (!CslItems.present(n.family())) {
        continue;
      }
      ObjectNode name = authors.addObject();
      if (n.given() == null) {
        name.put("literal", n.family());
      } else {
        name.put("family", n.family()).put("given", n.given());
      }
    }
    if (!authors.isEmpty()) {
      item.set("author", authors);
    }
    Journal j = a.journal();
    if (j != null) {
      put(item, "container-title", j.title());
      put(item, "volume", j.volume());
      put(item, "issue", j.issue());
      put(item, "page", CslItems.pages(j));
      put(item, "ISSN", j.issn());
      put(item, "publisher", j.publisher());
    }
    int[] date = CslItems.dateParts(a.published());
    if (date.length > 0) {
      ArrayNode parts = item.putObject("issued").putArray("date-parts").addArray();
      for (int p : date) {
        parts.add(p);
      }
    }
    put(item, "DOI", a.doi());
    put(item, "URL", a.origin() == null ? null : a.origin().url());
    put(item, "language", a.language());
    put(item, "keyword", a.keywords().isEmpty() ? null : String.join(", ", a.keywords()));
    put(item, "abstract", a.mainAbstract());
    return item;
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value.strip());
    }
  }
}
