package org.polka.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real embedded index holding {@link TestArticles#all()}, opened before a test class's first test
 * and closed, with its folder deleted, after its last; register it as a static extension.
 */
final class TestIndex implements BeforeAllCallback, AfterAllCallback {
  private Path dir;
  private SearchIndex index;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("polka-search-test");
    index = SearchIndex.openEmbedded(dir.resolve("index"));
    index.add(TestArticles.all());
    index.commit();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The open index. */
  SearchIndex index() {
    return index;
  }
}
