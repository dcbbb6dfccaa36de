package org.polka.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.polka.web.view.Pages.ApiDocs;
import org.polka.web.view.Pages.ApiOperation;

/**
 * The REST API's description: the OpenAPI document at {@code /api/openapi.json}, and the page at
 * {@code /api/docs} that renders it as a reference (server-side, no script).
 */
final class ApiDocsPage {
  private final Ui ui;
  private final byte[] document;
  private final ApiDocs page;

  ApiDocsPage(Ui ui, byte[] document) {
    this.ui = ui;
    this.document = document;
    this.page = parse(document);
  }

  /** {@code GET /api/openapi.json}. */
  void json(Context ctx) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.header("Access-Control-Allow-Origin", "*");
    ctx.result(document);
  }

  /** {@code GET /api/docs}. */
  void show(Context ctx) {
    ui.render(ctx, "apidocs.jte", new ApiDocs(ui.chrome(ctx, page.title(), ""), page.title(),
        page.description(), page.operations()));
  }

  private static ApiDocs parse(byte[] document) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.json is not valid JSON", e);
    }
    List<ApiOperation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        List<String> parameters = new ArrayList<>();
        op.getValue().path("parameters").forEach(p -> parameters.add(
            p.path("name").asText() + " (" + p.path("in").asText() + "): " + p.path("description").asText()));
        op.getValue().path("requestBody").path("content").path("application/json").path("schema")
            .path("properties").fieldNames().forEachRemaining(name -> parameters.add(name + " (body)"));
        operations.add(new ApiOperation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
            op.getValue().path("summary").asText(), op.getValue().path("description").asText(null),
            parameters));
      }
    }
    JsonNode info = root.path("info");
    return new ApiDocs(null, info.path("title").asText(), info.path("description").asText(), operations);
  }
}
