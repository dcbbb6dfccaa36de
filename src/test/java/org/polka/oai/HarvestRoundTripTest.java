package org.polka.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.catalog.StoredArticle;
import org.polka.web.WebFixture;

/**
 * The round trip: a second, empty Polka harvests the first one's {@code /oai} over real HTTP and
 * ends up with the same records, field by field: every field in {@code jats}, the fields Dublin
 * Core carries in {@code oai_dc}. Then a deletion in the first reaches the second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarvestRoundTripTest {
  private static final int FILLERS = 150;
  WebFixture source;
  long russian;
  long english;
  String sourceName;

  @BeforeAll
  void start(@TempDir Path dir) {
    source = new WebFixture(dir.resolve("source"));
    russian = source.add(OaiSamples.russian());
    english = source.add(OaiSamples.english());
    OaiSamples.fillers(source.library.catalog(), FILLERS);
    sourceName = "oai:" + source.base.replaceFirst("^http://", "");
  }

  @AfterAll
  void stop() {
    source.close();
  }

  /**
   * Harvests the source into the library. A list of several pages tells its size in the progress
   * lines; an incremental harvest may fit one page (how many records share the last datestamp's
   * second depends on how fast the fillers were stored), which has none.
   */
  private Harvester.Summary harvest(Library into, String prefix) {
    List<String> lines = new ArrayList<>();
    Harvester.Summary summary = new Harvester(into).harvest(new Harvester.Options(source.base + "/oai",
        null, null, prefix, Duration.ZERO, 0), lines::add);
    if (summary.pages() > 1) {
      assertThat(lines).anyMatch(l -> l.matches("harvest: page \\d+, .*, list size \\d+"));
    }
    return summary;
  }

  @Test
  void jatsCarriesEveryFieldAndDeletionsFollow(@TempDir Path dir) {
    try (Library copy = Library.open(dir)) {
      Harvester.Summary summary = harvest(copy, "jats");
      assertThat(summary.added()).isEqualTo(2 + FILLERS);
      assertThat(summary.pages()).isEqualTo(2);
      assertThat(summary.failures()).isEmpty();
      for (StoredArticle original : all(source.library)) {
        Article harvested = harvested(copy, original.id());
        assertThat(front(harvested)).as("article " + original.id()).isEqualTo(front(original.article()));
      }
      assertThat(copy.index().size()).isEqualTo(2 + FILLERS);

      assertThat(source.library.ingester().delete(russian)).isTrue();
      Harvester.Summary again = harvest(copy, "jats");
      assertThat(again.deleted()).isEqualTo(1);
      assertThat(again.added()).isZero();
      assertThat(copy.catalog().findBySource(sourceName, "oai:polka:" + russian)).isEmpty();
      assertThat(copy.catalog().count()).isEqualTo(1 + FILLERS);
    }
  }

  @Test
  void dublinCoreCarriesItsFields(@TempDir Path dir) {
    try (Library copy = Library.open(dir)) {
      Harvester.Summary summary = harvest(copy, "oai_dc");
      assertThat(summary.added()).isEqualTo(copy.catalog().count()).isGreaterThanOrEqualTo(1 + FILLERS);
      for (StoredArticle original : all(source.library)) {
        Article harvested = harvested(copy, original.id());
        assertThat(dublinCore(harvested)).as("article " + original.id())
            .isEqualTo(dublinCore(original.article()));
      }
      Article english = harvested(copy, this.english);
      assertThat(english.journal().issue()).isEqualTo("2");
      assertThat(english.journal().firstPage()).isEqualTo("101");
    }
  }

  private Article harvested(Library copy, long id) {
    return copy.catalog().findBySource(sourceName, "oai:polka:" + id).orElseThrow().article();
  }

  private static List<StoredArticle> all(Library library) {
    List<StoredArticle> out = new ArrayList<>();
    library.catalog().scan(100, out::addAll);
    return out;
  }

  /** The fields the jats format carries; abstracts as a set (the main one is written first). */
  private static Map<String, Object> front(Article a) {
    return Map.of("title", String.valueOf(a.title()), "language", String.valueOf(a.language()),
        "authors", a.authors(), "abstracts", new HashSet<>(a.abstracts()), "keywords", a.keywords(),
        "discipline", String.valueOf(a.discipline()), "license", String.valueOf(a.license()),
        "doi", String.valueOf(a.doi()), "published", String.valueOf(a.published()),
        "journal", String.valueOf(a.journal()));
  }

  /** The fields oai_dc carries: authors by name only, no discipline. */
  private static Map<String, Object> dublinCore(Article a) {
    return Map.of("title", String.valueOf(a.title()), "language", String.valueOf(a.language()),
        "authors", a.authors().stream().map(Author::name).toList(),
        "abstracts", new HashSet<>(a.abstracts()), "keywords", a.keywords(),
        "license", String.valueOf(a.license()), "doi", String.valueOf(a.doi()),
        "published", String.valueOf(a.published()), "journal", String.valueOf(a.journal()));
  }
}
