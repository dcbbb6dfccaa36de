package org.polka.eval.extraction;

import java.nio.file.Path;
import java.util.List;
import org.polka.article.Article;
import org.polka.ingest.Extractor;
import org.polka.ingest.CollectingSink;

/** What the extractor made of one file: its first record (or null) and the problems it reported. */
record Documents(Article article, List<String> problems) {

  /** Reads the files in parallel (one task per file), results in the files' order. */
  static List<Documents> readAll(Extractor extractor, List<Path> files) {
    return files.parallelStream().map(f -> read(extractor, f)).toList();
  }

  /** Reads one file with the extractor, collecting instead of printing. */
  static Documents read(Extractor extractor, Path file) {
    CollectingSink sink = new CollectingSink();
    extractor.extract(file, sink);
    List<Article> records = sink.articles();
    List<String> problems = sink.problemLines();
    return new Documents(records.isEmpty() ? null : records.get(0), problems);
  }
}
