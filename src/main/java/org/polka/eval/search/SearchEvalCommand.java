package org.polka.eval.search;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.polka.Library;
import org.polka.article.Article;
import picocli.CommandLine.Command;
import org.polka.eval.CorpusOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code polka eval search}: judged queries made from the corpus, run against Polka's index and a
 * plain-BM25 Lucene index of the same records, with MRR, success@1/@10, nDCG@10 and P@10 per set.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Measure search relevance: known-item queries (half-remembered titles, other "
        + "word forms, the odd typo) and keyword-judged queries made from the corpus with a fixed "
        + "seed, run through Polka's index and a plain BM25 baseline (Lucene StandardAnalyzer, all "
        + "fields in one) built in the same run from the same records.",
        "Prints MRR, success@1, success@10, nDCG@10 and P@10 per set and language, Polka next to "
        + "BM25 with the relative difference."})
public final class SearchEvalCommand implements Callable<Integer> {
  @Mixin
  CorpusOptions options;

  @Option(names = "--known-items", paramLabel = "N",
      description = "Known-item queries per language (default: ${DEFAULT-VALUE}).")
  int knownItems = 200;

  @Option(names = "--keywords", paramLabel = "N",
      description = "Keyword-judged queries per language, where available "
          + "(default: ${DEFAULT-VALUE}).")
  int keywords = 100;

  @Option(names = "--examples", paramLabel = "N",
      description = "Sample queries to show per set (default: ${DEFAULT-VALUE}).")
  int examples = 3;

  @Option(names = "--misses", paramLabel = "N",
      description = "List up to N queries per set that BM25 answers in its top 10 and Polka does "
          + "not (default: ${DEFAULT-VALUE}).")
  int misses = 0;

  @Option(names = "--visibility", paramLabel = "N",
      description = "After the relevance run, ingest N one-record files and time each from ingest "
          + "start to searchable (default: ${DEFAULT-VALUE}: not measured).")
  int visibility = 0;

  @Option(names = "--json", description = "Print the result as JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(options.corpus())) {
      System.err.println("No corpus at " + options.corpus().toAbsolutePath().normalize()
          + " (give one with --corpus FILE).");
      return 1;
    }
    PrintStream log = json ? System.err : System.out;
    List<Article> records = options.readCorpus(log);
    List<JudgedQuery> queries = new QuerySets(options.seed(), knownItems, keywords).build(records);
    describe(queries, log);
    Path dir = options.data() != null ? options.data()
        : Files.createTempDirectory("polka-eval-search");
    try {
      List<Evaluation.Outcome> outcomes = evaluate(dir, records, queries, log);
      List<Evaluation.Row> rows = Evaluation.rows(outcomes);
      listMisses(outcomes, log);
      if (json) {
        System.out.println(ReportTable.json(rows, options.seed()));
      } else {
        log.println();
        ReportTable.lines(rows).forEach(log::println);
      }
      return 0;
    } finally {
      if (options.data() == null) {
        deleteTree(dir);
      }
    }
  }

  /** Ingests the corpus unless the library holds it, builds the baseline, runs the queries. */
  List<Evaluation.Outcome> evaluate(Path dir, List<Article> records,
      List<JudgedQuery> queries, PrintStream log) {
    try (Library library = Library.open(dir); Bm25Baseline baseline = new Bm25Baseline()) {
      options.ingestUnlessHeld(library, records, log);
      library.catalog().scan(500, batch -> batch.forEach(s -> baseline.add(s.article())));
      baseline.commit();
      log.printf("Polka index: %d records; BM25 baseline: %d records.%n", library.index().size(),
          baseline.size());
      List<Evaluation.Outcome> outcomes = new Evaluation(library.index(), baseline).run(queries);
      if (visibility > 0) {
        VisibilityDelay.measure(library, visibility, log);
      }
      return outcomes;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void describe(List<JudgedQuery> queries, PrintStream log) {
    log.println("Judged queries (seed " + options.seed() + "):");
    for (JudgedQuery.Kind kind : JudgedQuery.Kind.values()) {
      for (String language : QuerySets.LANGUAGES) {
        List<JudgedQuery> set = queries.stream()
            .filter(q -> q.kind() == kind && q.language().equals(language)).toList();
        double relevant = set.stream().mapToInt(q -> q.relevant().size()).average().orElse(0);
        log.printf("  %-10s %s: %4d queries, %.1f relevant records each%s%n", kind.label(),
            language, set.size(), relevant, set.isEmpty() ? " (none in the corpus)" : "");
        set.stream().limit(examples).forEach(q -> log.println("      e.g. " + q.text()));
      }
    }
  }

  /** Queries BM25 answers within its first page and Polka does not, to show where Polka loses. */
  private void listMisses(List<Evaluation.Outcome> outcomes, PrintStream log) {
    if (misses <= 0) {
      return;
    }
    for (JudgedQuery.Kind kind : JudgedQuery.Kind.values()) {
      for (String language : QuerySets.LANGUAGES) {
        List<Evaluation.Outcome> lost = outcomes.stream()
            .filter(o -> o.query().kind() == kind && o.query().language().equals(language))
            .filter(o -> o.polka().success10() == 0 && o.baseline().success10() == 1).toList();
        if (!lost.isEmpty()) {
          log.printf("%s %s: %d queries found by BM25 only, e.g.%n", kind.label(), language,
              lost.size());
          lost.stream().limit(misses).forEach(o -> log.println("      " + o.query().text()));
        }
      }
    }
  }

  /** Removes a folder and everything in it. */
  public static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
