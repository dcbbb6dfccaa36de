package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Searching a real embedded index of the bilingual test articles. */
class SearchIndexTest {
  @RegisterExtension
  static final TestIndex TEST = new TestIndex();

  private static List<Long> ids(String text) {
    return ids(TEST.index().search(SearchQuery.of(text)));
  }

  private static List<Long> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  private static SearchResult search(Map<String, List<String>> filters, SearchQuery.Sort sort,
      int page, int size) {
    return TEST.index().search(new SearchQuery("", filters, sort, page, size));
  }

  @Test
  void analyzerStemsEachScriptWithItsOwnStemmerAndFoldsYo() {
    assertThat(TEST.index().tokens("Центральной Азии networks studies Ёлки и the"))
        .containsExactly("центральн", "аз", "network", "studi", "елк");
  }

  @Test
  void analyzerFoldsDiacriticsLigaturesAndTypographyButNotCyrillic() {
    assertThat(TEST.index().tokens("Café Zürich ﬁnance «économie» Ёж й"))
        .containsExactly("cafe", "zurich", "financ", "economi", "еж", "й");
  }

  @Test
  void russianWordFormsFindTheSameArticles() {
    assertThat(ids("Центральная Азия")).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids("центральной азии")).containsExactlyInAnyOrder(1L, 5L);
  }

  @Test
  void englishSingularAndPluralFindTheSameArticles() {
    assertThat(ids("networks")).containsExactlyInAnyOrder(1L, 3L);
    assertThat(ids("network")).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void yoAndYeAreTheSameLetter() {
    assertThat(ids("елки")).containsExactly(2L);
    assertThat(ids("ёлки")).containsExactly(2L);
    assertThat(ids("Семенов")).containsExactly(2L);
  }

  @Test
  void stopWordsInTheQueryDoNotPreventMatches() {
    assertThat(ids("ёлки и ели")).containsExactly(2L);
    assertThat(ids("the structure of text")).containsExactly(3L);
  }

  @Test
  void authorsAreFoundBySurnameAndFullName() {
    assertThat(ids("Rashidov")).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids("Bakhtier Rashidov").getFirst()).isEqualTo(1L);
    assertThat(ids("Петрова")).containsExactly(1L);
  }

  @Test
  void authorNamesMatchAcrossCyrillicAndLatinSpelling() {
    assertThat(ids("Рашидов")).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids("Petrova")).containsExactly(1L);
    assertThat(ids("authors:Рашидов")).containsExactlyInAnyOrder(1L, 5L);
  }

  @Test
  void hitsCarryTheStoredFields() {
    SearchHit hit = TEST.index().search(SearchQuery.of("Караваны")).hits().getFirst();
    assertThat(hit.id()).isEqualTo(1L);
    assertThat(hit.title()).isEqualTo("Экономическое развитие Центральной Азии");
    assertThat(hit.authors()).containsExactly("Bakhtier Rashidov", "Анна Петрова");
    assertThat(hit.journal()).isEqualTo("Вестник экономики");
    assertThat(hit.year()).isEqualTo(2019);
    assertThat(hit.discipline()).isEqualTo("Economics");
    assertThat(hit.language()).isEqualTo("ru");
    assertThat(hit.source()).isEqualTo("cyberleninka");
    assertThat(hit.sourceId()).isEqualTo("ekon-razvitie");
    assertThat(hit.doi()).isEqualTo("10.1234/econ.1");
    assertThat(hit.url()).isEqualTo("https://example.org/a/1");
    assertThat(hit.snippet()).isEqualTo("<mark>Караваны</mark> шли через степи и горы.");
  }

  @Test
  void aHitWithoutAuthorsOrBodyCarriesNoBlankValues() {
    SearchHit hit = TEST.index().search(SearchQuery.of("библиотеках")).hits().getFirst();
    assertThat(hit.id()).isEqualTo(6L);
    assertThat(hit.authors()).isEmpty();
    assertThat(hit.title()).isEqualTo("Заметки без даты");
    assertThat(hit.snippet()).contains("<mark>библиотеках</mark>");
  }

  @Test
  void everyDocumentHasANormForEachTextField() throws Exception {
    try (LuceneView view = LuceneView.of(TEST.index())) {
      for (String field : List.of("title", "authors", "keywords", "abstract", "body")) {
        int withNorm = 0;
        for (LeafReaderContext leaf : view.reader().leaves()) {
          NumericDocValues norms = leaf.reader().getNormValues(field);
          while (norms != null && norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            withNorm++;
          }
        }
        assertThat(withNorm).as(field).isEqualTo(view.reader().maxDoc());
      }
    }
  }

  @Test
  void titleMatchesRankFirst() {
    assertThat(ids("политике").getFirst()).isEqualTo(5L);
  }

  @Test
  void emptyQueryMatchesEverythingWithFacetCounts() {
    SearchResult all = TEST.index().search(SearchQuery.of(""));
    assertThat(all.total()).isEqualTo(6);
    assertThat(all.notice()).isNull();
    assertThat(all.facets().keySet()).containsExactlyElementsOf(SearchIndex.FACETS);
    assertThat(all.facets().get("discipline")).containsExactly(
        new FacetValue("Biology", 2), new FacetValue("Computer science", 2),
        new FacetValue("Economics", 1), new FacetValue("Political science", 1));
    assertThat(all.facets().get("language")).containsExactly(
        new FacetValue("ru", 4), new FacetValue("en", 2));
    assertThat(all.facets().get("keyword")).contains(
        new FacetValue("Machine learning", 1), new FacetValue("Центральная Азия", 1));
    assertThat(all.facets().get("year")).contains(new FacetValue("2019", 1));
  }

  @Test
  void facetOverTheWholeIndex() {
    assertThat(TEST.index().facet("discipline", 2)).containsExactly(
        new FacetValue("Biology", 2), new FacetValue("Computer science", 2));
  }

  @Test
  void filterValuesOfOneFieldAreOredAndFieldsAnded() {
    SearchResult cs = search(Map.of("discipline", List.of("Computer science")),
        SearchQuery.Sort.NEWEST, 1, 10);
    assertThat(ids(cs)).containsExactly(3L, 4L);
    assertThat(cs.facets().get("discipline"))
        .as("multi-select: the filtered field still shows its other values")
        .contains(new FacetValue("Economics", 1), new FacetValue("Computer science", 2));
    assertThat(cs.facets().get("language")).containsExactly(new FacetValue("en", 2));

    SearchResult two = search(Map.of("discipline", List.of("Computer science", "Economics")),
        SearchQuery.Sort.NEWEST, 1, 10);
    assertThat(ids(two)).containsExactly(3L, 1L, 4L);

    SearchResult anded = search(Map.of("discipline", List.of("Computer science", "Economics"),
        "language", List.of("ru")), SearchQuery.Sort.NEWEST, 1, 10);
    assertThat(ids(anded)).containsExactly(1L);
    assertThat(anded.facets().get("language")).containsExactly(
        new FacetValue("en", 2), new FacetValue("ru", 1));
  }

  @Test
  void filtersOnYearAndKeywordCombineWithText() {
    SearchResult r = TEST.index().search(new SearchQuery("Азия", Map.of("year", List.of("2015", "2016")),
        SearchQuery.Sort.RELEVANCE, 1, 10));
    assertThat(ids(r)).containsExactly(5L);
    SearchResult k = search(Map.of("keyword", List.of("Центральная Азия")),
        SearchQuery.Sort.RELEVANCE, 1, 10);
    assertThat(ids(k)).containsExactly(1L);
  }

  @Test
  void invalidFiltersAreIgnoredWithANotice() {
    SearchResult r = search(Map.of("year", List.of("abc"), "colour", List.of("red")),
        SearchQuery.Sort.RELEVANCE, 1, 10);
    assertThat(r.total()).isEqualTo(6);
    assertThat(r.notice()).contains("year=\"abc\"").contains("\"colour\"");
    SearchResult odd = search(Map.of("journal", List.of("Journal of \"Computing\": {!x} \\")),
        SearchQuery.Sort.RELEVANCE, 1, 10);
    assertThat(odd.total()).isZero();
    assertThat(odd.notice()).isNull();
  }

  @Test
  void sortsByDateWithUndatedArticlesLast() {
    assertThat(ids(search(Map.of(), SearchQuery.Sort.NEWEST, 1, 10)))
        .containsExactly(2L, 3L, 1L, 4L, 5L, 6L);
    assertThat(ids(search(Map.of(), SearchQuery.Sort.OLDEST, 1, 10)))
        .containsExactly(5L, 4L, 1L, 3L, 2L, 6L);
  }

  @Test
  void pagesAreOneBased() {
    SearchResult page2 = search(Map.of(), SearchQuery.Sort.NEWEST, 2, 2);
    assertThat(page2.total()).isEqualTo(6);
    assertThat(ids(page2)).containsExactly(1L, 4L);
    assertThat(ids(search(Map.of(), SearchQuery.Sort.NEWEST, 4, 2))).isEmpty();
    SearchResult far = search(Map.of(), SearchQuery.Sort.NEWEST, Integer.MAX_VALUE, 100);
    assertThat(far.total()).isEqualTo(6);
    assertThat(far.hits()).isEmpty();
  }
}
