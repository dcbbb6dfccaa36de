package org.polka.oai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A local OAI-PMH source for harvester tests: a JDK HTTP server on a free loopback port that
 * answers each request with what the test's function returns, and records every query it got.
 */
final class TestOaiSource implements AutoCloseable {
  /** One answer: HTTP status, headers, body. */
  record Answer(int status, Map<String, String> headers, byte[] body) {
    static Answer xml(String xml) {
      return new Answer(200, Map.of("Content-Type", "text/xml; charset=UTF-8"),
          xml.getBytes(StandardCharsets.UTF_8));
    }

    static Answer xml(byte[] xml) {
      return new Answer(200, Map.of("Content-Type", "text/xml; charset=UTF-8"), xml);
    }
  }

  final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
  private final HttpServer server;

  TestOaiSource(Function<Map<String, String>, Answer> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/oai", exchange -> answer(exchange, answers));
    server.start();
  }

  /** Answers from Polka's own provider (its responses name {@code http://localhost/oai}). */
  static Answer polka(OaiProvider provider, Map<String, String> query) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    query.forEach((k, v) -> params.put(k, List.of(v)));
    return Answer.xml(provider.respond("http://localhost/oai", params));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/oai";
  }

  private void answer(HttpExchange exchange, Function<Map<String, String>, Answer> answers)
      throws IOException {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    requests.add(query);
    Answer a = answers.apply(query);
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(a.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
