package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.Library;

/** The selection service over a real library (SQLite catalog, embedded Solr index). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectorTest {
  Library library;
  SelectCorpus corpus;
  Selector selector;

  @BeforeAll
  void open(@TempDir Path dir) {
    library = Library.open(dir);
    corpus = new SelectCorpus(library);
    selector = library.selector();
  }

  @AfterAll
  void close() {
    library.close();
  }

  private List<Long> ids(ReadingList list) {
    return list.items().stream().map(ListItem::id).toList();
  }

  @Test
  void aTopicFindsItsArticlesFirstWithTheMatchedConceptsAndASentence() {
    ReadingList list = selector.select("генетический алгоритм расписания производства",
        Limits.none(10), Refinements.NONE);
    assertThat(list.topicLanguage()).isEqualTo("ru");
    assertThat(ids(list).subList(0, 2)).containsAnyOf(corpus.id("ga1"), corpus.id("dup"));
    assertThat(ids(list)).doesNotContain(corpus.id("hist1"), corpus.id("chem1"));
    ListItem first = list.items().get(0);
    assertThat(first.concepts()).anyMatch(c -> c.startsWith("генетическ"));
    assertThat(first.snippet()).containsIgnoringCase("расписание");
    assertThat(list.subtopics()).isNotEmpty().allMatch(s -> !s.name().isBlank() && s.size() > 0);
    assertThat(list.items()).allMatch(i -> i.subtopic() >= 0
        && i.subtopic() < list.subtopics().size());
  }

  @Test
  void itemsCitedByOtherListedItemsSaySo() {
    ReadingList list = selector.select("генетический алгоритм планирования расписания",
        Limits.none(10), Refinements.NONE);
    ListItem cited = list.items().stream().filter(i -> i.id() == corpus.id("ga2")).findFirst()
        .orElseThrow();
    assertThat(cited.citedBy()).containsExactly(corpus.id("dup"));
  }

  @Test
  void limitsFilterByYearLanguageDisciplineAndLicence() {
    Limits limits = new Limits(2016, 2022, List.of("it"), List.of("ru"), true, 10);
    ReadingList list = selector.select("генетический алгоритм расписания нейронные сети",
        limits, Refinements.NONE);
    assertThat(list.items()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.year()).isBetween(2016, 2022);
      assertThat(i.language()).isEqualTo("ru");
      assertThat(i.discipline()).isEqualTo("it");
      assertThat(i.license()).startsWith("cc-by");
    });
  }

  @Test
  void anEnglishTopicFindsRussianArticlesThroughBilingualOnes() {
    ReadingList list = selector.select("neural networks for speech recognition", Limits.none(10),
        Refinements.NONE);
    assertThat(list.topicLanguage()).isEqualTo("en");
    assertThat(ids(list)).contains(corpus.id("bi"), corpus.id("nn-ru"));
  }

  @Test
  void aRussianTopicFindsEnglishArticlesThroughBilingualOnes() {
    ReadingList list = selector.select("нейронные сети распознавание речи", Limits.none(10),
        Refinements.NONE);
    assertThat(ids(list)).contains(corpus.id("bi"), corpus.id("ml3"));
  }

  @Test
  void refinementsRemoveAndSteerTheList() {
    String topic = "генетический алгоритм расписания";
    ReadingList plain = selector.select(topic, Limits.none(10), Refinements.NONE);
    long removed = plain.items().get(0).id();
    ReadingList without = selector.select(topic, Limits.none(10),
        Refinements.NONE.with(Refinements.Action.REMOVE, removed));
    assertThat(ids(without)).doesNotContain(removed);
    ReadingList fewer = selector.select(topic, Limits.none(10),
        Refinements.NONE.with(Refinements.Action.FEWER, corpus.id("ga1")));
    assertThat(ids(fewer)).doesNotContain(corpus.id("ga1"));
    assertThat(ids(plain).indexOf(corpus.id("dup"))).isLessThan(ids(plain).indexOf(corpus.id("ga4")));
    assertThat(ids(fewer).indexOf(corpus.id("dup"))).isGreaterThan(ids(fewer).indexOf(corpus.id("ga4")));
    ReadingList more = selector.select(topic, Limits.none(10),
        Refinements.NONE.with(Refinements.Action.MORE, corpus.id("ga4")));
    assertThat(ids(more).indexOf(corpus.id("ga4"))).isLessThan(ids(plain).indexOf(corpus.id("ga4")));
  }

  @Test
  void similarArticlesLeaveOutTheSeedAndGroupItsOtherVersions() {
    Similar similar = selector.similar(corpus.id("ga1")).orElseThrow();
    List<Long> ids = similar.similar().stream().map(ListItem::id).toList();
    assertThat(ids).doesNotContain(corpus.id("ga1"), corpus.id("dup"));
    assertThat(ids.subList(0, 2)).containsAnyOf(corpus.id("ga2"), corpus.id("ga3"));
    assertThat(similar.versions()).extracting(v -> v.item().id()).containsExactly(corpus.id("dup"));
    assertThat(similar.versions().get(0).reason()).isEqualTo("same title");
  }

  @Test
  void aTranslationIsAnotherVersionFoundAcrossScripts() {
    Similar similar = selector.similar(corpus.id("trans-ru")).orElseThrow();
    assertThat(similar.versions()).extracting(v -> v.item().id())
        .containsExactly(corpus.id("trans-en"));
    assertThat(similar.versions().get(0).reason()).contains("other language");
    assertThat(similar.similar()).extracting(ListItem::id).doesNotContain(corpus.id("trans-en"));
  }

  @Test
  void anArticleTheIndexDoesNotHoldHasNoSimilarArticles() {
    assertThat(selector.similar(999_999)).isEmpty();
  }

  @Test
  void limitsOutsideTheRangeAreRefusedWithTheReason() {
    assertThat(Limits.none(5).problem()).isEqualTo("limit must be between 10 and 100, not 5");
    assertThat(new Limits(2020, 2010, List.of(), List.of(), false, 20).problem())
        .contains("from 2020 to 2010");
    assertThat(Limits.none(100).problem()).isNull();
  }
}
