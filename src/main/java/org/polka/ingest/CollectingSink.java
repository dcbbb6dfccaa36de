package org.polka.ingest;

import java.util.ArrayList;
import java.util.List;
import org.polka.article.Article;

/** A sink that keeps every record and problem it is handed, in order (for extract, evaluations, tests). */
public final class CollectingSink implements ReadSink {
  /** A record with where it came from. */
  public record Read(Article article, String location) {}

  /** A problem with where it happened. */
  public record Problem(String location, String reason) {}

  public final List<Read> records = new ArrayList<>();
  public final List<Problem> problems = new ArrayList<>();

  @Override
  public void record(Article article, String location) {
    records.add(new Read(article, location));
  }

  @Override
  public void problem(String location, String reason) {
    problems.add(new Problem(location, reason));
  }

  /** The problems as "location: reason" lines. */
  public List<String> problemLines() {
    return problems.stream().map(p -> p.location() + ": " + p.reason()).toList();
  }

  /** The articles read, without locations. */
  public List<Article> articles() {
    return records.stream().map(Read::article).toList();
  }
}
