package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The listing every dataset starts with: the files of a folder with a name ending, in name order. */
final class DatasetFiles {
  private DatasetFiles() {}

  /** The files directly in {@code dir} whose names end with {@code suffix}, sorted by path. */
  static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
