package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, reopening, deleting: the index on disk outlives the process that wrote it. */
class SearchIndexLifecycleTest {
  @TempDir
  Path dir;

  @Test
  void reopeningTheFolderKeepsTheDocuments() {
    Path folder = dir.resolve("index");
    try (SearchIndex index = SearchIndex.openEmbedded(folder)) {
      assertThat(index.size()).isZero();
      index.add(TestArticles.all());
      assertThat(index.size()).as("not visible before commit").isZero();
      index.commit();
      assertThat(index.size()).isEqualTo(6);
    }
    assertThat(folder.resolve("polka/conf/schema.xml")).isRegularFile();
    try (SearchIndex index = SearchIndex.openEmbedded(folder)) {
      assertThat(index.size()).isEqualTo(6);
      assertThat(index.search(SearchQuery.of("Rashidov")).total()).isEqualTo(2);
    }
  }

  @Test
  void addingAgainReplacesAndDeleteRemoves() {
    try (SearchIndex index = SearchIndex.openEmbedded(dir.resolve("index"))) {
      index.add(TestArticles.all());
      index.add(TestArticles.all());
      index.commit();
      assertThat(index.size()).isEqualTo(6);
      index.delete(3);
      index.commit();
      assertThat(index.size()).isEqualTo(5);
      assertThat(index.search(SearchQuery.of("neural")).total()).isZero();
      index.deleteAll();
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void changedConfigurationFilesAreRestored() throws Exception {
    Path folder = dir.resolve("index");
    SearchIndex.openEmbedded(folder).close();
    Path stopwords = folder.resolve("polka/conf/stopwords_en.txt");
    Files.writeString(stopwords, "broken");
    try (SearchIndex index = SearchIndex.openEmbedded(folder)) {
      assertThat(Files.readString(stopwords)).contains("the");
      assertThat(index.tokens("the networks")).containsExactly("network");
    }
  }

  @Test
  void aFolderInUseCannotBeOpenedTwice() {
    Path folder = dir.resolve("index");
    try (SearchIndex index = SearchIndex.openEmbedded(folder)) {
      index.add(TestArticles.all());
      index.commit();
      assertThatThrownBy(() -> SearchIndex.openEmbedded(folder).close())
          .isInstanceOf(SearchException.class)
          .hasMessageContaining(folder.toString());
      assertThat(index.size()).isEqualTo(6);
    }
  }
}
