package org.polka.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.polka.Library;
import org.polka.select.ReadingList;
import org.polka.select.Refinements;
import org.polka.select.Similar;

/** The JSON API of literature selection: make, read and refine lists; similar articles. */
final class SelectApi {
  private final Library library;

  SelectApi(Library library) {
    this.library = library;
  }

  /** {@code POST /api/select}: makes and saves a list; answers it with its id and URL. */
  void select(Context ctx) {
    SelectRequests request = SelectRequests.fromJson(Json.body(ctx));
    ReadingList list = library.lists().create(
        library.selector().select(request.topic(), request.limits(), Refinements.NONE));
    Json.send(ctx, 200, json(list));
  }

  /** {@code GET /api/select/{id}}: a saved list. */
  void saved(Context ctx) {
    Json.send(ctx, 200, json(SelectPages.saved(library, ctx.pathParam("id"))));
  }

  /** {@code POST /api/select/{id}/refine} with {@code {"action": "remove|more|fewer", "item": ID}}. */
  void refine(Context ctx) {
    ReadingList list = SelectPages.saved(library, ctx.pathParam("id"));
    JsonNode body = Json.body(ctx);
    Refinements.Action action = SelectRequests.action(body.path("action").asText(null));
    JsonNode item = body.get("item");
    if (item == null || !item.canConvertToLong()) {
      throw new BadRequestResponse("item must be the id of an article in the list");
    }
    Json.send(ctx, 200, json(SelectPages.refined(library, list, action, item.asLong())));
  }

  /** {@code GET /api/articles/{id}/similar}: similar articles and other versions. */
  void similar(Context ctx) {
    String raw = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("article id must be a number, not '" + raw + "'");
    }
    Similar similar = library.selector().similar(id)
        .orElseThrow(() -> new NotFoundResponse("no article with id " + id));
    Json.send(ctx, 200, Json.MAPPER.valueToTree(similar));
  }

  private static ObjectNode json(ReadingList list) {
    ObjectNode node = Json.MAPPER.valueToTree(list);
    node.put("url", "/select/" + list.id());
    return node;
  }
}
