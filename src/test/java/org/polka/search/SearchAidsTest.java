package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polka.search.Suggestion.Kind;

/** "Did you mean", autocomplete, cursors and counts on a real embedded TEST.index(). */
class SearchAidsTest {
  @RegisterExtension
  static final TestIndex TEST = new TestIndex();

  @Test
  void misspelledQueriesGetACorrectionFromTheIndexWords() {
    SearchResult ru = TEST.index().search(SearchQuery.of("торгавля"));
    assertThat(ru.total()).isZero();
    assertThat(ru.didYouMean()).isEqualTo("торговля");
    SearchResult en = TEST.index().search(SearchQuery.of("nueral netwrks"));
    assertThat(en.didYouMean()).isEqualTo("neural networks");
    assertThat(TEST.index().search(SearchQuery.of(en.didYouMean())).total()).isPositive();
  }

  @Test
  void queriesThatFindEnoughGetNoCorrection() {
    assertThat(TEST.index().search(SearchQuery.of("Центральная Азия")).didYouMean()).isNull();
    assertThat(TEST.index().search(SearchQuery.of("zzzzqqq")).didYouMean()).isNull();
  }

  @Test
  void suggestsTitlesAuthorsKeywordsAndJournalsByHowTheyStart() {
    assertThat(TEST.index().suggest("центр", 5)).contains(
        new Suggestion(Kind.TITLE, "Центральная Азия в мировой политике", 1),
        new Suggestion(Kind.KEYWORD, "Центральная Азия", 1));
    assertThat(TEST.index().suggest("RASH", 5)).extracting(Suggestion::value)
        .containsExactlyInAnyOrder("Bakhtier Rashidov", "Rashidov B.");
    assertThat(TEST.index().suggest("вестн", 5))
        .containsExactly(new Suggestion(Kind.JOURNAL, "Вестник экономики", 1));
    assertThat(TEST.index().suggest("journal of", 5))
        .containsExactly(new Suggestion(Kind.JOURNAL, "Journal of Computing", 2));
    assertThat(TEST.index().suggest("ёлки", 5)).extracting(Suggestion::value)
        .containsExactly("Ёлки и ели в лесах Сибири");
    assertThat(TEST.index().suggest("  ", 5)).isEmpty();
  }

  @Test
  void cursorsWalkEveryHitOnce() {
    List<Long> seen = new ArrayList<>();
    String cursor = "*";
    for (int pages = 0; pages < 10; pages++) {
      SearchResult r = TEST.index().search(new SearchQuery("", null, null, 1, 4, cursor, false));
      r.hits().forEach(h -> seen.add(h.id()));
      if (r.nextCursor().equals(cursor)) {
        break;
      }
      cursor = r.nextCursor();
    }
    assertThat(seen).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void cursorsFollowTheRankingOfAQuery() {
    SearchResult first = TEST.index().search(new SearchQuery("Азия", null, null, 1, 1, "*", true));
    SearchResult second = TEST.index().search(new SearchQuery("Азия", null, null, 1, 1,
        first.nextCursor(), true));
    List<Long> paged = List.of(first.hits().get(0).id(), second.hits().get(0).id());
    assertThat(paged).isEqualTo(TEST.index().search(SearchQuery.of("Азия")).hits().stream()
        .map(SearchHit::id).toList());
  }

  @Test
  void smallCountsAreExact() {
    SearchResult r = TEST.index().search(new SearchQuery("", null, null, 1, 2, null, false));
    assertThat(r.total()).isEqualTo(6);
    assertThat(r.approximate()).isFalse();
    assertThat(r.nextCursor()).isNull();
  }
}
