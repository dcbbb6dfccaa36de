package org.polka.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.ObjectName;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.catalog.StoredArticle;
import org.polka.ingest.IngestReport;
import org.polka.search.LuceneView;
import org.polka.web.WebServer;

/**
 * The scale benchmark of one library: bulk-load corpus files into the catalog, rebuild the index
 * from it, then run a fixed mixed workload through the HTTP search API and, in the same run, the
 * same searches on the same index through Lucene's IndexSearcher directly (the floor), with 1 and
 * with many concurrent clients; and the heap in use while serving.
 *
 * @param queries searches per run
 * @param clients concurrent clients of each run (e.g. 1 and 50)
 * @param seed seed of the workload
 */
public record ScaleBench(int queries, List<Integer> clients, long seed) {
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
  private static final int WARM_UP = 200;
  private static final int CHECKED = 100;

  /** Loads the files into the library's catalog only (no indexing); prints time and rate. */
  public static void load(Library library, List<Path> files, Consumer<String> out) throws IOException {
    long t0 = System.nanoTime();
    long cpu0 = cpuNanos();
    IngestReport report = library.ingester().catalogOnly(files, every30s(out, t0));
    double s = seconds(t0);
    long n = report.added() + report.updated() + report.unchanged();
    out.accept("catalog load: %,d records in %.1f s = %.0f records/s (process CPU %.0f s; added %,d, failed %d); catalog %.1f MiB"
        .formatted(n, s, n / s, (cpuNanos() - cpu0) / 1e9, report.added(), report.failures().size(),
            mib(library.dataDir().resolve("catalog.db"))));
    report.failures().stream().limit(5).forEach(f -> out.accept("  failed: " + f.location() + ": " + f.reason()));
  }

  /** Rebuilds the index from the catalog; prints time, rate and index size. */
  public static void rebuild(Library library, Consumer<String> out) throws IOException {
    long t0 = System.nanoTime();
    long cpu0 = cpuNanos();
    long n = library.reindex(every30s(out, t0));
    double s = seconds(t0);
    out.accept("index rebuild from catalog: %,d articles in %.1f s = %.0f articles/s (process CPU %.0f s); index %.1f MiB"
        .formatted(n, s, n / s, (cpuNanos() - cpu0) / 1e9, mib(library.dataDir().resolve("index"))));
  }

  /** Progress lines passed on at most every 30 seconds, with the time since {@code t0}. */
  private static Consumer<String> every30s(Consumer<String> out, long t0) {
    long[] last = {t0};
    return line -> {
      if (System.nanoTime() - last[0] > 30e9) {
        last[0] = System.nanoTime();
        out.accept("  %s (%.0f s)".formatted(line, seconds(t0)));
      }
    };
  }

  /** Runs the search workload over HTTP and on the floor; prints latencies and the serving heap. */
  public void search(Library library, Consumer<String> out) throws Exception {
    List<Workload.Search> work = Workload.of(sample(library, Math.max(1000, queries), seed), queries, seed);
    out.accept("workload: %d searches (%s), seed %d".formatted(work.size(), kinds(work), seed));
    WebServer server = new WebServer(library);
    int port = server.start(0);
    HttpClient http = HttpClient.newHttpClient();
    try (LuceneView view = LuceneView.of(library.index())) {
      List<LuceneView.Request> requests = work.stream().map(s -> view.translate(s.query())).toList();
      LuceneFloor floor = new LuceneFloor(view, 240, requests.get(0).maxAnalyzedChars());
      out.accept(check(work, requests, floor, http, port));
      int warm = Math.min(WARM_UP, work.size());
      LoadRunner.run("warm-up", warm, 1, i -> get(http, port, work.get(i).apiPath()));
      LoadRunner.run("warm-up", warm, 1, i -> floor.search(requests.get(i)));
      for (int c : clients) {
        out.accept("  (load average %.1f on %d processors)".formatted(
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors()));
        out.accept(LoadRunner.run("HTTP API, %d client%s".formatted(c, c == 1 ? "" : "s"), work.size(), c,
            i -> get(http, port, work.get(i).apiPath())).line());
        out.accept(LoadRunner.run("Lucene floor, %d client%s".formatted(c, c == 1 ? "" : "s"), work.size(),
            c, i -> floor.search(requests.get(i))).line());
      }
      out.accept(heap());
    } finally {
      server.stop();
    }
  }

  /** Whether the API and the floor agree on the number of hits of the first searches. */
  private static String check(List<Workload.Search> work, List<LuceneView.Request> requests,
      LuceneFloor floor, HttpClient http, int port) throws Exception {
    int n = Math.min(CHECKED, work.size());
    int same = 0;
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Matcher m = TOTAL.matcher(get(http, port, work.get(i).apiPath()));
      long api = m.find() ? Long.parseLong(m.group(1)) : -1;
      long lucene = floor.search(requests.get(i)).total();
      if (api == lucene) {
        same++;
      } else if (differ.size() < 3) {
        differ.add("%s: API %d, floor %d".formatted(work.get(i).text(), api, lucene));
      }
    }
    return "hit counts of API and floor agree on %d of %d searches%s".formatted(same, n,
        differ.isEmpty() ? "" : " (" + String.join("; ", differ) + ")");
  }

  /** Articles picked at random (with the seed) from the catalog's ids. */
  static List<Article> sample(Library library, int n, long seed) {
    return sampleStored(library, n, seed).stream().map(StoredArticle::article).toList();
  }

  /** Stored articles picked at random (with the seed) from the catalog's ids. */
  static List<StoredArticle> sampleStored(Library library, int n, long seed) {
    long count = library.catalog().count();
    SplittableRandom random = new SplittableRandom(seed);
    List<StoredArticle> out = new ArrayList<>();
    for (int k = 0; k < n && count > 0; k++) {
      library.catalog().get(1 + random.nextLong(count)).ifPresent(out::add);
    }
    return out;
  }

  private static String kinds(List<Workload.Search> work) {
    StringBuilder b = new StringBuilder();
    for (Workload.Kind k : Workload.Kind.values()) {
      long n = work.stream().filter(s -> s.kind() == k).count();
      b.append(b.isEmpty() ? "" : ", ").append(k.name().toLowerCase()).append(' ').append(n);
    }
    return b.toString();
  }

  static String get(HttpClient http, int port, String path) throws IOException, InterruptedException {
    return send(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), path);
  }

  static String post(HttpClient http, int port, String path, String json)
      throws IOException, InterruptedException {
    return send(http, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), path);
  }

  private static String send(HttpClient http, HttpRequest request, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("HTTP " + r.statusCode() + " for " + path + ": " + r.body());
    }
    return r.body();
  }

  /** Heap in use after a full collection while the server is up, and the JVM's own heap report. */
  static String heap() throws Exception {
    System.gc();
    System.gc();
    var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    String info = (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcHeapInfo",
        new Object[] {null}, new String[] {String[].class.getName()});
    return "serving heap after full GC: %.0f MiB used of %.0f MiB max (-Xmx); GC.heap_info:%n%s"
        .formatted(memory.getUsed() / 1048576.0, memory.getMax() / 1048576.0, info.strip());
  }

  static double mib(Path p) throws IOException {
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(p)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1048576.0;
    }
  }

  /** CPU time of the whole process so far (all threads): the honest measure on a shared machine. */
  static long cpuNanos() {
    return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
        .getProcessCpuTime();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
