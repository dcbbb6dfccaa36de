package org.polka.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON form of an {@link Article}, in the shape of {@code article.schema.json}.
 *
 * <p>Names are snake_case ({@code first_page}, {@code source_id}); null fields are omitted;
 * {@code abstract} carries the main abstract beside the {@code abstracts} list. Reading ignores
 * fields it does not know, so records written by newer versions still load.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
      .build();

  private ArticleJson() {}

  /** The mapper used for articles; shared so callers can embed records in larger documents. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The record as a JSON tree in schema shape. */
  public static ObjectNode toTree(Article article) {
    ObjectNode node = MAPPER.valueToTree(article);
    String main = article.mainAbstract();
    if (main != null) {
      node.put("abstract", main);
    }
    return node;
  }

  /** The record as compact JSON text. */
  public static String write(Article article) {
    try {
      return MAPPER.writeValueAsString(toTree(article));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record as indented JSON text, for people. */
  public static String writePretty(Article article) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(article));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a record written by {@link #write}. */
  public static Article read(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
