package org.polka.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import org.polka.article.ArticleJson;

/** JSON in and out of the API, with the article mapper (snake_case, nulls left out). */
final class Json {
  static final ObjectMapper MAPPER = ArticleJson.mapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Sends the node as the response body with the status. */
  static void send(Context ctx, int status, JsonNode node) {
    try {
      ctx.status(status).contentType("application/json; charset=utf-8")
          .result(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request body as a JSON object; 400 when it is not one. */
  static JsonNode body(Context ctx) {
    try {
      JsonNode node = MAPPER.readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw new BadRequestResponse("the request body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadRequestResponse("the request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** An integer field (a number or a numeric string), or null when absent or not a number. */
  static Integer integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isNumber()) {
      return v.intValue();
    }
    return v.isTextual() ? parse(v.asText().strip()) : null;
  }

  private static Integer parse(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
