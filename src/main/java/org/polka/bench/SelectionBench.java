package org.polka.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.catalog.StoredArticle;
import org.polka.web.WebServer;

/**
 * The selection service's speed on one library, over HTTP with one client: similar articles
 * ({@code GET /api/articles/{id}/similar}) of articles picked at random, and 20-item reading lists
 * ({@code POST /api/select}) whose topic is a picked article's abstract (its title when it has
 * none). The first picks warm the server up untimed.
 *
 * @param requests timed requests of each kind
 * @param seed seed of the picks
 */
public record SelectionBench(int requests, long seed) {
  private static final int WARM_UP = 50;
  private static final int LIST_SIZE = 20;

  /** Runs both kinds of request and prints their latencies. */
  public void run(Library library, Consumer<String> out) throws Exception {
    // the latent vectors are made at ingest, never on the request path: a library loaded in bulk
    // (catalog only) gets its model and vectors here, timed on their own
    library.refreshLatent(false, out);
    List<StoredArticle> picked = ScaleBench.sampleStored(library, 2 * (WARM_UP + requests), seed)
        .stream().filter(s -> topic(s) != null).limit(WARM_UP + requests).toList();
    if (picked.size() < WARM_UP + requests) {
      throw new IllegalStateException("the library has too few articles with a title, abstract or text");
    }
    ObjectMapper json = new ObjectMapper();
    List<String> topics = new ArrayList<>();
    for (StoredArticle s : picked) {
      topics.add(json.writeValueAsString(Map.of("topic", topic(s), "limit", LIST_SIZE)));
    }
    WebServer server = new WebServer(library);
    int port = server.start(0);
    HttpClient http = HttpClient.newHttpClient();
    try {
      LoadRunner.run("warm-up", WARM_UP, 1, i -> similar(http, port, picked.get(i)));
      LoadRunner.run("warm-up", WARM_UP, 1, i -> ScaleBench.post(http, port, "/api/select", topics.get(i)));
      long cpu = processCpuNanos();
      out.accept(LoadRunner.run("similar articles, 1 client", requests, 1,
          i -> similar(http, port, picked.get(WARM_UP + i))).line() + cpuPerRequest(cpu));
      cpu = processCpuNanos();
      out.accept(LoadRunner.run(LIST_SIZE + "-item reading list, 1 client", requests, 1,
          i -> ScaleBench.post(http, port, "/api/select", topics.get(WARM_UP + i))).line()
          + cpuPerRequest(cpu));
    } finally {
      server.stop();
    }
  }

  /** The process's CPU time so far (user + system, all threads, the client's included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private String cpuPerRequest(long since) {
    return ", process CPU %.1f ms per request".formatted(
        (processCpuNanos() - since) / 1e6 / requests);
  }

  private static void similar(HttpClient http, int port, StoredArticle a) throws Exception {
    ScaleBench.get(http, port, "/api/articles/" + a.id() + "/similar");
  }

  /** The article's abstract, else its title, else its first paragraph; null when it has none. */
  static String topic(StoredArticle s) {
    Article a = s.article();
    return Stream.concat(Stream.of(a.mainAbstract(), a.title()), a.paragraphs().stream())
        .filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
  }
}
