package org.polka.eval.select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.eval.search.Metrics;
import org.polka.select.Limits;
import org.polka.select.ListItem;
import org.polka.select.Refinements;
import org.polka.select.Selector;
import picocli.CommandLine.Command;
import org.polka.eval.CorpusOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code polka eval select}: similar articles and literature selection, Polka against Lucene's
 * MoreLikeThis over the same index, in one run: precision@10, nDCG@10, sub-topics covered and
 * cross-language retrieval, per language.
 */
@Command(name = "select", mixinStandardHelpOptions = true,
    description = {"Measure similar articles and literature selection against MoreLikeThis "
        + "(Solr's defaults, over the same index) on judged cases made from the corpus with a "
        + "fixed seed.",
        "Prints per measure and language: cases, Polka, MoreLikeThis and the relative difference; "
        + "then Polka's latency on this corpus."})
public final class SelectEvalCommand implements Callable<Integer> {
  static final int K = 10;

  @Mixin
  CorpusOptions options;

  @Option(names = "--cases", paramLabel = "N", description = "Cases per measure and language (default: ${DEFAULT-VALUE}).")
  int cases = 100;

  @Option(names = "--lambda", description = "MMR relevance weight (default: Polka's).")
  Double lambda;

  @Option(names = "--pivot", description = "Weight of terms borrowed from the other language (default: Polka's).")
  Double pivot;

  @Option(names = "--blend", description = "Share of cosine in similar-article ranking (default: Polka's).")
  Double blend;

  @Option(names = "--similar-terms", description = "Terms of a similar-articles query (default: Polka's).")
  Integer similarTerms;

  @Option(names = "--similar-pool", description = "Candidates re-ranked for similar articles (default: Polka's).")
  Integer similarPool;

  @Option(names = "--body", description = "Weight of body terms in similar-article vectors (default: Polka's).")
  Double body;

  @Option(names = "--idf-power", description = "Power of idf in similar-article vectors (default: Polka's).")
  Double idfPower;

  @Option(names = "--feedback", description = "Weight of likeness to the best candidates' centroid (default: Polka's).")
  Double feedback;

  @Option(names = "--feedback-docs", description = "Candidates in that centroid (default: Polka's).")
  Integer feedbackDocs;

  @Option(names = "--latent", description = "Weight of the latent vectors' cosine in similar articles (default: Polka's).")
  Double latent;

  @Option(names = "--knn", description = "Nearest neighbours of the latent vectors taken as candidates beside the front-matter lexical ones; 0 = lexical only over all fields (default: Polka's).")
  Integer knn;

  @Option(names = "--only", paramLabel = "MEASURE",
      description = "Run only this measure: similar, selection or cross-language (default: all).")
  String only;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(options.corpus())) {
      System.err.println("No corpus at " + options.corpus().toAbsolutePath().normalize()
          + " (give one with --corpus FILE); eval select SKIPPED.");
      return 1;
    }
    List<Article> records = options.readCorpus(System.out);
    Path dir = options.data() != null ? options.data()
        : Files.createTempDirectory("polka-eval-select");
    try (Library library = Library.open(dir)) {
      options.ingestUnlessHeld(library, records, System.out);
      library.refreshLatent(false, System.out::println);
      Map<Article, Long> ids = ids(library, records);
      List<Judged> judged = new SelectSets(options.seed(), cases).build(records, ids);
      TopicClusters clusters = new TopicClusters(records, ids, options.seed());
      if (only != null) {
        judged = judged.stream().filter(j -> j.measure().label.startsWith(only)).toList();
      }
      Selector.Tuning d = Selector.DEFAULTS;
      Selector.Similarity s = d.similarity();
      Selector.Tuning tuning = new Selector.Tuning(d.topicTerms(), d.pool(),
          or(lambda, d.lambda()), or(pivot, d.pivotWeight()), d.pivotDocs(),
          new Selector.Similarity(or(similarTerms, s.terms()), or(similarPool, s.pool()),
              or(body, s.bodyWeight()), or(idfPower, s.idfPower()), or(blend, s.blend()), or(feedback, s.feedback()),
              or(feedbackDocs, s.feedbackDocs()), or(latent, s.latent())),
          knn != null ? knn : d.neighbours());
      System.out.println("Polka settings: " + tuning);
      Selector polka = new Selector(library.index(), library.catalog(), tuning, library.latent());
      report(judged, polka, new MltBaseline(library.index()), clusters);
      return 0;
    } finally {
      if (options.data() == null) {
        org.polka.eval.search.SearchEvalCommand.deleteTree(dir);
      }
    }
  }

  private void report(List<Judged> judged, Selector polka, MltBaseline mlt, TopicClusters clusters) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Judged j : judged) {
      List<Long> ours = polka(polka, j, K);
      List<Long> theirs = j.topic() == null ? mlt.similar(j.seed(), K) : mlt.like(j.topic(), j.seed(), K);
      String group = j.measure().label + " " + j.language();
      counts.merge(group, 1, Integer::sum);
      double[] s = sums.computeIfAbsent(group, g -> new double[6]);
      s[0] += Metrics.ndcgAt(K, ours, j.relevant());
      s[1] += Metrics.ndcgAt(K, theirs, j.relevant());
      s[2] += Metrics.precisionAt(K, ours, j.relevant());
      s[3] += Metrics.precisionAt(K, theirs, j.relevant());
      s[4] += clusters.distinct(ours, j.relevant(), K);
      s[5] += clusters.distinct(theirs, j.relevant(), K);
    }
    System.out.println();
    System.out.printf("%-22s %5s  %-26s %-26s %-26s%n", "measure", "cases", "nDCG@10 Polka / MLT",
        "P@10 Polka / MLT", "sub-topics@10 Polka / MLT");
    sums.forEach((group, s) -> {
      int n = counts.get(group);
      System.out.printf("%-22s %5d  %-26s %-26s %-26s%n", group, n, pair(s[0] / n, s[1] / n),
          pair(s[2] / n, s[3] / n), pair(s[4] / n, s[5] / n));
    });
    List<Double> similarMs = timed(polka, judged, Judged.Measure.SIMILAR, K);
    List<Double> listMs = timed(polka, judged, Judged.Measure.SELECT, 20);
    System.out.println();
    System.out.println("Polka latency on this corpus (one thread, in-process): similar articles "
        + percentiles(similarMs) + "; 20-item reading list " + percentiles(listMs));
  }

  /**
   * Milliseconds of each call of one measure's cases, timed in a pass of their own after the
   * scoring pass (so both measures are timed with the same warm process and caches).
   */
  private static List<Double> timed(Selector polka, List<Judged> judged, Judged.Measure measure,
      int n) {
    List<Double> ms = new ArrayList<>();
    judged.stream().filter(j -> j.measure() == measure).forEach(j -> {
      long started = System.nanoTime();
      polka(polka, j, n);
      ms.add((System.nanoTime() - started) / 1e6);
    });
    return ms;
  }

  private static List<Long> polka(Selector polka, Judged j, int n) {
    if (j.topic() == null) {
      return polka.similar(j.seed()).map(s -> s.similar().stream().map(ListItem::id).toList())
          .orElse(List.of());
    }
    return polka.select(j.topic(), Limits.none(Math.max(Limits.MIN_SIZE, n)),
        new Refinements(List.of(j.seed()), List.of(), List.of())).items().stream()
        .map(ListItem::id).limit(n).toList();
  }

  private static <T> T or(T given, T otherwise) {
    return given == null ? otherwise : given;
  }

  private static String pair(double ours, double theirs) {
    String delta = theirs == 0 ? "n/a" : String.format("%+.1f %%", 100 * (ours - theirs) / theirs);
    return String.format("%.3f / %.3f (%s)", ours, theirs, delta);
  }

  private static String percentiles(List<Double> ms) {
    if (ms.isEmpty()) {
      return "(no calls)";
    }
    List<Double> sorted = ms.stream().sorted().toList();
    return String.format("p50 %.1f ms, p99 %.1f ms over %d calls", sorted.get(sorted.size() / 2),
        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)),
        sorted.size());
  }

  private static Map<Article, Long> ids(Library library, List<Article> records) {
    Map<Article, Long> ids = new IdentityHashMap<>();
    for (Article a : records) {
      if (a.origin() != null && a.origin().sourceId() != null) {
        library.catalog().findBySource(a.origin().source(), a.origin().sourceId())
            .ifPresent(s -> ids.put(a, s.id()));
      }
    }
    return ids;
  }
}
