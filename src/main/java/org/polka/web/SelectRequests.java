package org.polka.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.polka.select.Limits;
import org.polka.select.Refinements;
import org.polka.select.TopicText;

/**
 * A selection request as sent by the form or the API: the topic (typed or uploaded) and the
 * limits. Bad values are a 400 saying which field and why.
 */
record SelectRequests(String topic, Limits limits) {
  /** Items in a list when the request does not say. */
  static final int DEFAULT_LIMIT = 20;

  /** From the form (fields topic, file, limit, year_from, year_to, discipline, language, open). */
  static SelectRequests fromForm(Context ctx) {
    String topic = ctx.formParam("topic");
    UploadedFile file = ctx.uploadedFile("file");
    if (file != null && file.size() > 0) {
      try (InputStream in = file.content()) {
        topic = TopicText.of(file.filename(), in.readAllBytes());
      } catch (TopicText.UnreadableTopic e) {
        throw new BadRequestResponse("file: " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Limits limits = new Limits(year(ctx.formParam("year_from"), "year_from"),
        year(ctx.formParam("year_to"), "year_to"), ctx.formParams("discipline"),
        ctx.formParams("language"), ctx.formParam("open") != null,
        number(ctx.formParam("limit"), "limit", DEFAULT_LIMIT));
    return checked(topic, limits);
  }

  /** From a JSON body (topic, limit, year_from, year_to, disciplines, languages, open_only). */
  static SelectRequests fromJson(JsonNode body) {
    JsonNode topic = body.get("topic");
    if (topic != null && !topic.isNull() && !topic.isTextual()) {
      throw new BadRequestResponse("topic must be a string");
    }
    Limits limits = new Limits(json(body, "year_from"), json(body, "year_to"),
        strings(body, "disciplines"), strings(body, "languages"),
        body.path("open_only").asBoolean(false),
        body.hasNonNull("limit") ? json(body, "limit") : DEFAULT_LIMIT);
    return checked(topic == null ? null : topic.asText(), limits);
  }

  /** A refinement action from its name (remove, more, fewer). */
  static Refinements.Action action(String name) {
    try {
      return Refinements.Action.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("action must be remove, more or fewer, not '" + name + "'");
    }
  }

  /** An article id given as a request value. */
  static long item(String value) {
    try {
      return Long.parseLong(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("item must be an article id, not '" + value + "'");
    }
  }

  private static SelectRequests checked(String topic, Limits limits) {
    if (topic == null || topic.isBlank()) {
      throw new BadRequestResponse("topic: give a sentence, a paragraph, an abstract or a draft "
          + "(or upload a TXT, PDF or DOCX file)");
    }
    if (limits.problem() != null) {
      throw new BadRequestResponse(limits.problem());
    }
    String text = topic.length() > TopicText.MAX_CHARS
        ? topic.substring(0, TopicText.MAX_CHARS) : topic;
    return new SelectRequests(text.strip(), limits);
  }

  private static Integer json(JsonNode body, String field) {
    if (!body.hasNonNull(field)) {
      return null;
    }
    Integer value = Json.integer(body, field);
    if (value == null) {
      throw new BadRequestResponse(field + " must be a whole number, not " + body.get(field));
    }
    return value;
  }

  private static List<String> strings(JsonNode body, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new BadRequestResponse(field + " must be a list of strings");
    }
    v.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static Integer year(String value, String field) {
    return value == null || value.isBlank() ? null : number(value, field, null);
  }

  private static Integer number(String value, String field, Integer fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(field + " must be a whole number, not '" + value + "'");
    }
  }
}
