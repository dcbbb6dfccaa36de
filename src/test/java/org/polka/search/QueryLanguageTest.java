package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reader's query language, run against a real embedded index of the test articles. */
class QueryLanguageTest {
  @RegisterExtension
  static final TestIndex TEST = new TestIndex();

  private static List<Long> ids(String text) {
    return TEST.index().search(SearchQuery.of(text)).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void phrasesNeedTheWordsTogether() {
    assertThat(ids("\"Центральной Азии\"")).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids("\"азии центральной\"")).isEmpty();
  }

  @Test
  void booleanOperatorsAndMinus() {
    assertThat(ids("Азия AND торговля")).containsExactly(1L);
    assertThat(ids("политика OR хвойные")).containsExactlyInAnyOrder(2L, 5L);
    assertThat(ids("Азия NOT торговля")).containsExactly(5L);
    assertThat(ids("Азия -торговля")).containsExactly(5L);
  }

  @Test
  void fieldPrefixesSearchOneField() {
    assertThat(ids("title:торговля")).isEmpty();
    assertThat(ids("торговля")).contains(1L);
    assertThat(ids("author:Rashidov")).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids("author:Рашидов")).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids("keyword:Сибирь")).containsExactly(2L);
    assertThat(ids("journal:computing")).containsExactlyInAnyOrder(3L, 4L);
    assertThat(ids("journal:экономики")).containsExactly(1L);
    assertThat(ids("doi:10.1234/econ.1")).containsExactly(1L);
  }

  @Test
  void yearsAndYearRanges() {
    assertThat(ids("year:2019")).containsExactly(1L);
    assertThat(ids("year:2018-2020")).containsExactlyInAnyOrder(1L, 3L, 4L);
    assertThat(ids("year:[2018 TO 2020]")).containsExactlyInAnyOrder(1L, 3L, 4L);
    assertThat(ids("Азия year:2010-2016")).containsExactly(5L);
  }

  @Test
  void languageByCodeOrName() {
    assertThat(ids("lang:en")).containsExactlyInAnyOrder(3L, 4L);
    assertThat(ids("lang:english")).containsExactlyInAnyOrder(3L, 4L);
    assertThat(ids("lang:русский торговля")).containsExactly(1L);
    assertThat(ids("Азия NOT lang:ru")).isEmpty();
    assertThat(ids("networks -lang:en")).containsExactly(1L);
  }

  @Test
  void wildcardsWithEnoughLettersExpand() {
    assertThat(ids("центр*")).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids("netw?rk*")).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void wildcardsWithTooFewLettersAreDroppedWithANotice() {
    SearchResult r = TEST.index().search(SearchQuery.of("аз*"));
    assertThat(r.notice()).contains("at least 3 letters");
    assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(1L, 5L);
    SearchResult many = TEST.index().search(SearchQuery.of("net* stu* tra* lan*"));
    assertThat(many.notice()).contains("at most 3 words");
  }

  @Test
  void unparsableQueriesAreSearchedAsPlainWordsWithANotice() {
    SearchResult r = TEST.index().search(SearchQuery.of("Азия AND ("));
    assertThat(r.notice()).isEqualTo(SearchIndex.PLAIN_WORDS_NOTICE);
    assertThat(r.hits()).extracting(SearchHit::id).contains(1L, 5L);
    assertThat(TEST.index().search(SearchQuery.of("title:\"Азия")).notice()).isNotNull();
    assertThat(TEST.index().search(SearchQuery.of("year:[2000 TO")).hits()).isNotNull();
  }

  @Test
  void rewritingLeavesPhrasesAlone() {
    assertThat(QuerySyntax.rewrite("\"year:2000-2010 a/b\" year:2000-2010 a/b").text())
        .isEqualTo("\"year:2000-2010 a\\/b\" +year:[2000 TO 2010] a\\/b");
    assertThat(QuerySyntax.rewrite("lang:English").text()).isEqualTo("+lang:en");
    assertThat(QuerySyntax.rewrite("-lang:en +year:2004").text()).isEqualTo("-lang:en +year:2004");
    assertThat(QuerySyntax.rewrite("ab* abc*").text()).isEqualTo("ab abc*");
    assertThat(QuerySyntax.rewrite("what is it? really?? organi?ation").text())
        .isEqualTo("what is it really organi?ation");
  }
}
