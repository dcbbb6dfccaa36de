package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.FilesystemResourceLoader;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.apache.solr.analysis.TokenizerChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisVersionTest {
  @TempDir Path dir;

  @Test
  void sameChainAndFilesGiveTheSameVersion() throws Exception {
    Files.writeString(dir.resolve("stop.txt"), "и\nthe\n");
    assertThat(AnalysisVersion.of(chain("true"), files()))
        .isEqualTo(AnalysisVersion.of(chain("true"), files()))
        .hasSize(16);
  }

  @Test
  void aChangedWordFileChangesTheVersion() throws Exception {
    Files.writeString(dir.resolve("stop.txt"), "и\nthe\n");
    String before = AnalysisVersion.of(chain("true"), files());
    Files.writeString(dir.resolve("stop.txt"), "и\nthe\nof\n");
    assertThat(AnalysisVersion.of(chain("true"), files())).isNotEqualTo(before);
  }

  @Test
  void aChangedArgumentChangesTheVersion() throws Exception {
    Files.writeString(dir.resolve("stop.txt"), "и\nthe\n");
    assertThat(AnalysisVersion.of(chain("true"), files()))
        .isNotEqualTo(AnalysisVersion.of(chain("false"), files()));
  }

  @Test
  void aMissingWordFileIsNamed() {
    assertThatThrownBy(() -> AnalysisVersion.of(chain("true"), files()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("stop.txt");
  }

  @Test
  void onlyConfiguredChainsHaveAVersion() {
    assertThatThrownBy(() -> AnalysisVersion.of(new StandardAnalyzer(), files()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private ResourceLoader files() {
    return new FilesystemResourceLoader(dir, new ClasspathResourceLoader(getClass()));
  }

  private static TokenizerChain chain(String ignoreCase) {
    return new TokenizerChain(new CharFilterFactory[0],
        new StandardTokenizerFactory(new HashMap<>()),
        new TokenFilterFactory[] {
            new LowerCaseFilterFactory(new HashMap<>()),
            new StopFilterFactory(new HashMap<>(Map.of("words", "stop.txt",
                "ignoreCase", ignoreCase)))});
  }
}
