package org.polka.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.polka.Library;

/**
 * The admin endpoints that let {@code ./polka ingest} and {@code ./polka reindex} hand their work
 * to a running server. Accepted only from this computer (a loopback address). The response is plain
 * text streamed as the work goes: progress lines, the report, then {@code done}.
 */
final class AdminApi {
  private final Library library;

  AdminApi(Library library) {
    this.library = library;
  }

  void ingest(Context ctx) throws IOException {
    requireLoopback(ctx);
    JsonNode body = Json.body(ctx);
    List<Path> paths = paths(body);
    boolean splitIssue = body.path("split_issue").asBoolean(false);
    stream(ctx, line -> library.ingester().ingest(paths, splitIssue, line).lines());
  }

  /** {@code POST /api/admin/reindex}: rebuilds the index from the catalog, streaming progress. */
  void reindex(Context ctx) throws IOException {
    requireLoopback(ctx);
    stream(ctx, line -> List.of("reindexed " + library.reindex(line) + " articles"));
  }

  private static void requireLoopback(Context ctx) {
    if (!loopback(ctx.req().getRemoteAddr())) {
      throw new ForbiddenResponse("admin work is accepted only from the server's own computer");
    }
  }

  /** Runs the work, streaming its progress lines, then its closing lines, then "done". */
  private static void stream(Context ctx, Function<Consumer<String>, List<String>> work)
      throws IOException {
    ctx.status(200);
    ctx.res().setContentType("text/plain; charset=utf-8");
    Writer out = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8);
    Consumer<String> line = text -> {
      try {
        out.write(text + "\n");
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("the client went away", e);
      }
    };
    try {
      work.apply(line).forEach(line);
      line.accept("done");
    } catch (RuntimeException e) {
      line.accept("failed: " + e.getMessage());
    }
  }

  private static List<Path> paths(JsonNode body) {
    JsonNode list = body.get("paths");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new BadRequestResponse("give the files to ingest as {\"paths\": [\"/abs/path\", …]}");
    }
    List<Path> paths = new ArrayList<>();
    for (JsonNode p : list) {
      if (!p.isTextual() || p.asText().isBlank()) {
        throw new BadRequestResponse("every path must be a non-empty string");
      }
      try {
        paths.add(Path.of(p.asText()));
      } catch (java.nio.file.InvalidPathException e) {
        throw new BadRequestResponse("not a path: " + p.asText());
      }
    }
    return paths;
  }

  /** True when the address (an IP literal, as the server reports it) is a loopback address. */
  static boolean loopback(String address) {
    if (address == null) {
      return false;
    }
    String ip = address.startsWith("[") && address.endsWith("]")
        ? address.substring(1, address.length() - 1) : address;
    if (!ip.matches("[0-9a-fA-F:.%A-Za-z]+") || !(ip.contains(".") || ip.contains(":"))) {
      return false;
    }
    try {
      return InetAddress.getByName(ip).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
