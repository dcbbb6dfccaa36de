package org.polka.ingest;

import org.polka.article.Article;

/** Where a reader delivers what it read: records, and problems that say what and where. */
public interface ReadSink {

  /**
   * One record read.
   *
   * @param location where it came from, e.g. {@code records.jsonl.gz line 12} or the file name
   */
  void record(Article article, String location);

  /**
   * One record or file that could not be read.
   *
   * @param location where, e.g. {@code records.jsonl.gz line 13}
   * @param reason what went wrong, in words a person understands
   */
  void problem(String location, String reason);
}
