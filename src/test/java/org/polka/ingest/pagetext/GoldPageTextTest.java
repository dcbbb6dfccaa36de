package org.polka.ingest.pagetext;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.polka.SharedData;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.ingest.ReadSink;

/** The reader against the shared CyberLeninka sample page and its gold record. */
class GoldPageTextTest {
  private static final String SAMPLE = "samples/cyberleninka/000_f43a145551096780";
  private static Article article;
  private static JsonNode gold;

  @BeforeAll
  static void read() throws IOException {
    Path page = SharedData.require(SAMPLE + ".txt");
    gold = new ObjectMapper().readTree(Files.readString(SharedData.require(SAMPLE + ".gold.json")));
    var records = new ArrayList<Article>();
    new PageTextReader().read(page, new ReadSink() {
      @Override public void record(Article a, String location) { records.add(a); }
      @Override public void problem(String location, String reason) {
        throw new AssertionError(location + ": " + reason);
      }
    });
    assertThat(records).hasSize(1);
    article = records.getFirst();
  }

  @Test
  void metadataMatchesGold() {
    assertThat(article.title()).isEqualTo(gold.get("title").asText());
    assertThat(article.language()).isEqualTo(gold.get("language").asText());
    assertThat(article.discipline()).isEqualTo(gold.get("discipline").asText());
    assertThat(article.license()).isEqualTo(gold.get("license").asText());
    assertThat(article.views()).isEqualTo(gold.get("views").asInt());
    assertThat(article.downloads()).isEqualTo(gold.get("downloads").asInt());
    assertThat(article.source().file()).isEqualTo("000_f43a145551096780.txt");
    assertThat(article.source().format()).isEqualTo("text");
    assertThat(article.origin().source()).isEqualTo("cyberleninka");
  }

  @Test
  void keywordsMatchGoldIgnoringCaseAndAreNicelyCased() {
    List<String> expected = new ArrayList<>();
    gold.get("keywords").forEach(k -> expected.add(k.asText()));
    assertThat(article.keywords()).usingElementComparator(String.CASE_INSENSITIVE_ORDER)
        .containsExactlyElementsOf(expected);
    assertThat(article.keywords()).containsExactlyElementsOf(expected);
  }

  @Test
  void authorMatchesGold() {
    JsonNode g = gold.get("authors").get(0);
    assertThat(article.authors()).hasSize(gold.get("authors").size());
    Author a = article.authors().getFirst();
    assertThat(a.name()).isEqualTo(g.get("name").asText());
    assertThat(a.given()).isEqualTo("Bakhtier");
    assertThat(a.family()).isEqualTo("Rashidov");
    assertThat(a.affiliations()).containsExactly(g.get("affiliation").asText());
  }

  @Test
  void footnotesOriginAndWarnings() {
    assertThat(article.footnotes()).extracting(org.polka.article.Footnote::label)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(article.abstracts()).isEmpty();
    assertThat(article.origin().sourceId()).isNull();
    assertThat(article.origin().url()).isNull();
    assertThat(article.warnings()).anyMatch(w -> w.contains("previous article's tail"))
        .anyMatch(w -> w.contains("Rakh-monov → Rakhmonov"));
  }

  @Test
  void bodyChecksPass(TestReporter reporter) {
    List<GoldChecks.Check> checks = GoldChecks.run(gold, article);
    List<String> failed = checks.stream().filter(c -> !c.passed()).map(GoldChecks.Check::name).toList();
    reporter.publishEntry("gold body checks passed", (checks.size() - failed.size()) + " of " + checks.size());
    assertThat(failed).as("gold body checks failing (%d of %d pass)", checks.size() - failed.size(), checks.size())
        .isEmpty();
    assertThat(checks).hasSize(52);
  }
}
