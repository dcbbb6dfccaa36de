package org.polka.eval.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polka.article.Article;
import org.polka.ingest.Extractor;
import org.polka.ingest.ReadSink;

/** What the extractor made of one file: its first record (or null) and the problems it reported. */
record Documents(Article article, List<String> problems) {

  /** Reads the files in parallel (one task per file), results in the files' order. */
  static List<Documents> readAll(Extractor extractor, List<Path> files) {
    return files.parallelStream().map(f -> read(extractor, f)).toList();
  }

  /** Reads one file with the extractor, collecting instead of printing. */
  static Documents read(Extractor extractor, Path file) {
    List<Article> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    extractor.extract(file, new ReadSink() {
      @Override
      public void record(Article article, String location) {
        records.add(article);
      }

      @Override
      public void problem(String location, String reason) {
        problems.add(location + ": " + reason);
      }
    });
    return new Documents(records.isEmpty() ? null : records.get(0), problems);
  }
}
