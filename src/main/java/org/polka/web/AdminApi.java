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
import org.polka.Library;
import org.polka.ingest.IngestReport;

/**
 * {@code POST /api/admin/ingest}: lets {@code ./polka ingest} hand files to a running server.
 * Accepted only from this computer (a loopback address). The response is plain text streamed as the
 * ingest goes: progress lines, the report, then {@code done}.
 */
final class AdminApi {
  private final Library library;

  AdminApi(Library library) {
    this.library = library;
  }

  void ingest(Context ctx) throws IOException {
    if (!loopback(ctx.req().getRemoteAddr())) {
      throw new ForbiddenResponse("ingest is accepted only from the server's own computer");
    }
    List<Path> paths = paths(Json.body(ctx));
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
      IngestReport report = library.ingester().ingest(paths, line);
      report.lines().forEach(line);
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
