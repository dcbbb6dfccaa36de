package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.polka.article.Article;
import org.polka.ingest.Extractor;

/**
 * The shape every file-based dataset shares: list the documents of a folder, read them all with
 * the extractor, and score each record (an empty one when the extractor produced none) against its
 * gold, collecting the extractor's problems as notes.
 */
final class GoldFiles {
  /** Scores one extracted record against the gold of its file. */
  interface Scorer {
    void score(Scores scores, Path file, Article got) throws IOException;
  }

  private GoldFiles() {}

  /** The files directly in the folder whose names end with the suffix, sorted by name. */
  static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Reads every file, scores each record, and returns the dataset's result. */
  static DatasetResult score(String name, Extractor extractor, List<Path> files, Scorer scorer,
      List<String> microFields, List<String> notes) throws IOException {
    Scores scores = new Scores();
    List<String> allNotes = new ArrayList<>(notes);
    List<Documents> docs = Documents.readAll(extractor, files);
    for (int i = 0; i < files.size(); i++) {
      Documents doc = docs.get(i);
      doc.problems().forEach(p -> allNotes.add("problem: " + p));
      Article got = doc.article() == null ? Article.builder().build() : doc.article();
      scorer.score(scores, files.get(i), got);
    }
    return new DatasetResult(name, scores, microFields, allNotes);
  }
}
