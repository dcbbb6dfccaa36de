package org.polka.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.polka.web.WebFixture;
import org.w3c.dom.Document;

/**
 * A real Polka server (the web tests' {@link WebFixture}) holding the OAI samples, and requests to
 * its {@code /oai} whose every response is checked: HTTP 200, {@code text/xml} in UTF-8, and valid
 * against the OAI-PMH schema and the schemas of the formats.
 */
final class OaiServer implements AutoCloseable {
  WebFixture web;
  final long russian;
  final long english;
  final long bare;
  final List<Long> fillers;
  private final HttpClient http = HttpClient.newHttpClient();

  OaiServer(Path dir, int fillerCount) {
    web = new WebFixture(dir);
    russian = web.add(OaiSamples.russian());
    english = web.add(OaiSamples.english());
    bare = web.add(OaiSamples.bare());
    fillers = OaiSamples.fillers(web.library.catalog(), fillerCount).stream()
        .map(s -> s.id()).toList();
  }

  /** Stops the server and starts a new one (a new process, as far as OAI is concerned) on the same data. */
  void restart() {
    Path dir = web.library.dataDir();
    web.close();
    web = new WebFixture(dir);
  }

  String baseUrl() {
    return web.base + "/oai";
  }

  /** GET /oai with the query string; the valid response, parsed. */
  Document get(String query) {
    return valid(web.get("/oai?" + query));
  }

  /** GET /oai with the query string; the raw response text (after the same checks). */
  String getText(String query) {
    HttpResponse<String> response = web.get("/oai?" + query);
    valid(response);
    return response.body();
  }

  /** POST /oai with the form body; the valid response, parsed. */
  Document post(String form) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    try {
      return valid(http.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Document valid(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .matches("(?i)text/xml;\\s*charset=utf-8");
    return OaiSchemas.valid(response.body());
  }

  /** The error code of a response, or null when it is not an error. */
  static String error(Document doc) {
    List<String> codes = OaiSchemas.all(doc, "error").stream().map(e -> e.getAttribute("code"))
        .toList();
    return codes.isEmpty() ? null : codes.get(0);
  }

  @Override
  public void close() {
    web.close();
  }
}
