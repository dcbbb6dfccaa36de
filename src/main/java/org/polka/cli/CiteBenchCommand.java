package org.polka.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.cite.Citations;
import org.polka.ingest.Extractor;
import org.polka.ingest.ReadSink;
import org.polka.ingest.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polka bench cite}: the citation service's speed on real records.
 *
 * <p>Workload: the first {@code --count} records of the files; in one fresh JVM and one
 * {@link Citations}, for each style the first call (compiling the style, then one reference) and
 * then every record formatted as text, three rounds, the last one timed (steady per-citation time).
 */
@Command(name = "cite", mixinStandardHelpOptions = true,
    description = "Benchmark citation formatting: first call and steady time per style.")
final class CiteBenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Record files (e.g. records.jsonl.gz).")
  List<Path> files;

  @Option(names = "--count", defaultValue = "1000", description = "Records to format (default 1000).")
  int count;

  @Override
  public Integer call() {
    List<Article> articles = read();
    System.out.printf("records: %d%n", articles.size());
    if (articles.isEmpty()) {
      return 1;
    }
    Citations citations = new Citations();
    for (String style : citations.styles()) {
      long t0 = System.nanoTime();
      citations.format(articles.get(0), style, "text");
      double first = (System.nanoTime() - t0) / 1e6;
      long chars = 0;
      long t1 = 0;
      for (int round = 0; round < 3; round++) {
        t1 = System.nanoTime();
        for (Article a : articles) {
          chars += citations.format(a, style, "text").length();
        }
      }
      double steady = (System.nanoTime() - t1) / 1e3 / articles.size();
      System.out.printf("%-20s first call %7.1f ms   steady %7.1f µs/citation   (%d chars)%n", style,
          first, steady, chars);
    }
    return 0;
  }

  private List<Article> read() {
    List<Article> out = new ArrayList<>();
    try (Extractor extractor = new Extractor(Readers.all(), Library.DOCUMENT_TIME_LIMIT)) {
      for (Path file : files) {
        extractor.extract(file, new ReadSink() {
          @Override
          public void record(Article article, String location) {
            if (out.size() < count) {
              out.add(article.toBuilder().sections(List.of()).references(List.of()).build());
            }
          }

          @Override
          public void problem(String location, String reason) {
            System.err.println("skipped " + location + ": " + reason);
          }
        });
      }
    }
    return out;
  }
}
