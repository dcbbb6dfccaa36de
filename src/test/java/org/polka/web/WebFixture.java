package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.article.ArticleJson;
import org.polka.catalog.Catalog;
import org.polka.catalog.RecordKeys;
import org.polka.catalog.StoredArticle;

/** A real library in a folder, served by a real web server on a free port, and an HTTP client. */
public final class WebFixture implements AutoCloseable {
  public final Library library;
  public final String base;
  private final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  /** For {@link #page}: follows redirects, as browsers do (the short article address answers 301). */
  private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  public WebFixture(Path dir) {
    library = Library.open(dir);
    server = new WebServer(library);
    base = "http://127.0.0.1:" + server.start(0);
  }

  /** Stores and indexes an article without an original file; returns its id. */
  public long add(Article article) {
    return add(article, null);
  }

  /** Stores and indexes an article whose original is {@code file} under the files folder. */
  long add(Article article, String file) {
    StoredArticle stored = library.catalog().put(List.of(new Catalog.Incoming(article,
        RecordKeys.sha256(ArticleJson.write(article)), file))).get(0).stored();
    library.index().add(List.of(stored));
    library.index().commit();
    return stored.id();
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A page that must answer 200, parsed. */
  Document page(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = send(browser, request.GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    return Jsoup.parse(response.body(), response.uri().toString());
  }

  /** A JSON answer that must have the status, parsed. */
  JsonNode json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    try {
      return ArticleJson.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return send(http, request, handler);
  }

  private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request,
      HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      library.close();
    }
  }
}
