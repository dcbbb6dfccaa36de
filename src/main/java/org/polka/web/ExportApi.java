package org.polka.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.polka.export.Exporter;

/**
 * {@code GET /api/export?format=jsonl|jats|csl-json&cursor=…&limit=N}: one page of the bulk export,
 * streamed; the cursor of the next page is in {@code X-Next-Cursor} and a {@code Link: rel="next"}
 * header, both absent after the last page.
 */
final class ExportApi {
  private static final int DEFAULT_LIMIT = 1000;
  private static final int MAX_LIMIT = 5000;

  private final Exporter exporter;

  ExportApi(Exporter exporter) {
    this.exporter = exporter;
  }

  void export(Context ctx) {
    String name = ctx.queryParamAsClass("format", String.class).getOrDefault("jsonl");
    int limit = Math.min(MAX_LIMIT, Math.max(1, SearchParams.number(ctx.queryParam("limit"), DEFAULT_LIMIT)));
    Exporter.Format format;
    Exporter.Page page;
    try {
      format = Exporter.Format.of(name);
      page = exporter.page(ctx.queryParam("cursor"), limit);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.contentType(format.contentType + "; charset=utf-8");
    if (page.next() != null) {
      ctx.header("X-Next-Cursor", page.next());
      ctx.header("Link", "<" + Urls.base(ctx) + "/api/export?format=" + Urls.encode(name) + "&limit=" + limit
          + "&cursor=" + page.next() + ">; rel=\"next\"");
    }
    try {
      Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
      exporter.write(format, page.items(), out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("export interrupted", e);
    }
  }
}
