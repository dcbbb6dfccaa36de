package org.polka.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.polka.Library;
import org.polka.catalog.StoredArticle;
import org.polka.ingest.IngestReport;
import org.polka.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polka bench}: the library's end-to-end benchmark on a corpus, into a fresh data folder.
 *
 * <p>Workload: ingest the given files (records/s), rebuild the index from the catalog (time, size),
 * then 1,000 search queries over HTTP from a fixed list (two or three words of stored titles chosen
 * with a fixed seed) by one client and by 16 concurrent clients (p50/p99), and the time from
 * starting {@code polka serve} in a new JVM to the first served page.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark ingest, index build, search latency and start-up on a corpus.",
    subcommands = {BenchGenerateCommand.class, BenchScaleCommand.class, PdfBenchCommand.class,
        CiteBenchCommand.class})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus files to ingest.")
  List<Path> paths;

  @Option(names = "--data", paramLabel = "DIR", description = "Fresh data folder (default: a temp dir).")
  Path data;

  @Option(names = "--queries", defaultValue = "1000", description = "Queries per run (default 1000).")
  int queries;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final HttpClient http = HttpClient.newHttpClient();

  @Override
  public Integer call() throws Exception {
    if (paths == null || paths.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "give the corpus files to ingest, or a subcommand (generate)");
    }
    Path dir = data != null ? data : Files.createTempDirectory("polka-bench");
    List<String> list;
    try (Library library = Library.open(dir)) {
      long t0 = System.nanoTime();
      IngestReport report = library.ingester().ingest(paths, line -> { });
      double ingestSeconds = seconds(t0);
      long records = report.added() + report.updated() + report.unchanged();
      System.out.printf("ingest: %d records in %.1f s = %.0f records/s (failed %d)%n", records,
          ingestSeconds, records / ingestSeconds, report.failures().size());
      long t1 = System.nanoTime();
      long indexed = library.reindex(line -> { });
      System.out.printf("index build (reindex from catalog): %d articles in %.1f s; index size %.1f MiB%n",
          indexed, seconds(t1), StatsCommand.mib(dir.resolve("index")));
      list = queryList(library, queries);
      WebServer server = new WebServer(library);
      int port = server.start(0);
      try {
        run(port, list.subList(0, Math.min(100, list.size())), 1);
        report("1 client", run(port, list, 1));
        report("16 clients", run(port, list, 16));
      } finally {
        server.stop();
      }
    }
    double cold = startup(dir, true);
    double warm = startup(dir, false);
    System.out.printf("start-up to first served page: %.2f s (first start), %.2f s (with the "
        + "class-data archive the first start leaves, as ./polka runs it)%n", cold, warm);
    return 0;
  }

  /** A fixed query list: 2–3 words from titles of articles picked with seed 42. */
  static List<String> queryList(Library library, int n) {
    List<String> titles = new ArrayList<>();
    library.catalog().scan(1000, batch -> batch.stream().map(StoredArticle::article)
        .map(a -> a.title()).filter(t -> t != null).forEach(titles::add));
    Random random = new Random(42);
    List<String> out = new ArrayList<>();
    while (out.size() < n && !titles.isEmpty()) {
      String[] words = Arrays.stream(titles.get(random.nextInt(titles.size())).split("[^\\p{L}\\p{N}]+"))
          .filter(w -> w.length() > 3).toArray(String[]::new);
      if (words.length < 2) {
        continue;
      }
      int k = Math.min(words.length, 2 + random.nextInt(2));
      int start = random.nextInt(words.length - k + 1);
      out.add(String.join(" ", Arrays.copyOfRange(words, start, start + k)));
    }
    return out;
  }

  private long[] run(int port, List<String> list, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long[] latencies = new long[list.size()];
    List<Future<?>> jobs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      jobs.add(pool.submit(() -> {
        for (int i = first; i < list.size(); i += clients) {
          long t = System.nanoTime();
          get(port, "/api/search?size=10&q=" + URLEncoder.encode(list.get(i), StandardCharsets.UTF_8));
          latencies[i] = System.nanoTime() - t;
        }
        return null;
      }));
    }
    for (Future<?> job : jobs) {
      job.get();
    }
    pool.shutdown();
    return latencies;
  }

  private void report(String label, long[] latencies) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    System.out.printf("search, %s, %d queries: p50 %.1f ms, p99 %.1f ms%n", label, sorted.length,
        sorted[(int) (sorted.length * 0.50)] / 1e6, sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)] / 1e6);
  }

  private int get(int port, String path) throws IOException, InterruptedException {
    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.discarding());
    return r.statusCode();
  }

  /** Seconds from starting {@code polka serve} in a new JVM (as the launcher runs it) to the first 200 on "/". */
  private double startup(Path dir, boolean withoutArchive) throws Exception {
    Path jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    int port = 18000 + new Random().nextInt(1000);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    long t0 = System.nanoTime();
    Path archive = jar.resolveSibling("bench-startup.jsa");
    if (withoutArchive) {
      Files.deleteIfExists(archive);
    }
    Process p = new ProcessBuilder(java.toString(), "-XX:+AutoCreateSharedArchive",
        "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "--enable-native-access=ALL-UNNAMED", "-jar",
        jar.toString(), "serve", "--data", dir.toString(), "--port", Integer.toString(port))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      while (seconds(t0) < 120) {
        try {
          if (get(port, "/") == 200) {
            return seconds(t0);
          }
        } catch (IOException notYet) {
          Thread.sleep(20);
        }
      }
      throw new IOException("server did not answer within 120 s");
    } finally {
      p.destroy();
      p.waitFor();
      Thread.sleep(500);
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
