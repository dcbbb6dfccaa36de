package org.polka.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.polka.article.ArticleJson;

/** A client of a Polka server running on this machine, to which commands hand their work. */
final class ServerClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  ServerClient(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
  }

  /** Posts to an admin endpoint and copies the streamed answer to out; returns true on "done". */
  boolean stream(String path, Object body, PrintStream out) throws IOException, InterruptedException {
    String json = ArticleJson.mapper().writeValueAsString(body);
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<java.io.InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    boolean done = false;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.equals("done")) {
          done = true;
        } else {
          out.println(line);
        }
      }
    }
    if (response.statusCode() != 200) {
      throw new IOException("server answered " + response.statusCode());
    }
    return done;
  }

  /** Posts JSON to an API endpoint and returns the JSON answer; an error status is an exception. */
  String post(String path, Object body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(ArticleJson.mapper().writeValueAsString(body)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("server answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /**
   * Hands an ingest to the server: the paths are read by the server, from this machine's disk;
   * with {@code splitIssue} every PDF is split as a journal issue.
   */
  boolean ingest(List<Path> paths, boolean splitIssue, PrintStream out)
      throws IOException, InterruptedException {
    List<String> absolute = paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
    return stream("/api/admin/ingest",
        java.util.Map.of("paths", absolute, "split_issue", splitIssue), out);
  }
}
