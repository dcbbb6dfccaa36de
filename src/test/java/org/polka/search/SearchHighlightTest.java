package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Section;

/** Snippets and highlighted titles are escaped HTML, and odd queries never fail. */
class SearchHighlightTest {
  @RegisterExtension
  static final TestIndex TEST = new TestIndex();

  @Test
  void titleIsEscapedWithMarkAroundTheMatch() {
    SearchHit hit = TEST.index().search(SearchQuery.of("alert")).hits().getFirst();
    assertThat(hit.id()).isEqualTo(4L);
    assertThat(hit.title()).isEqualTo("<script>alert(1)</script> Cross-site scripting in web forms");
    assertThat(hit.titleHtml()).isEqualTo(
        "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; Cross-site scripting in web forms");
  }

  @Test
  void snippetIsEscapedAndHasOnlyMarkElements() {
    SearchHit hit = TEST.index().search(SearchQuery.of("unsafe")).hits().getFirst();
    assertThat(hit.snippet()).isEqualTo(
        "We describe &lt;b&gt;<mark>unsafe</mark>&lt;/b&gt; input handling &amp; the alert boxes it opens.");
    var body = Jsoup.parseBodyFragment(hit.snippet()).body();
    assertThat(body.select("*").stream().skip(1).map(Element::tagName)).containsOnly("mark");
  }

  @Test
  void snippetFallsBackToTheAbstractStartWhenOnlyTheTitleMatches() {
    SearchHit hit = TEST.index().search(SearchQuery.of("мировой")).hits().getFirst();
    assertThat(hit.id()).isEqualTo(5L);
    assertThat(hit.snippet()).isEqualTo("Роль региона в международных отношениях.");
    assertThat(hit.titleHtml()).isEqualTo("Центральная Азия в <mark>мировой</mark> политике");
  }

  @Test
  void snippetFallsBackToTheBodyStartWhenOnlyTheAuthorMatchesAndThereIsNoAbstract() {
    TEST.index().add(List.of(TestArticles.stored(99, Article.builder()
        .title("Untitled notes").language("en")
        .addAuthor(Author.named("Ivan Zhukovsky"))
        .addSection(new Section(null, null,
            List.of("Rivers & lakes of the north.", "Second paragraph.")))
        .build(), "2024-02-01T00:00:00Z")));
    TEST.index().commit();
    SearchHit hit = TEST.index().search(SearchQuery.of("Zhukovsky")).hits().getFirst();
    assertThat(hit.id()).isEqualTo(99L);
    assertThat(hit.snippet()).startsWith("Rivers &amp; lakes of the north.");
  }

  @Test
  void unparsableQueriesAreSearchedAsPlainWords() {
    for (String text : new String[] {"title:(foo", "\"unbalanced", "AND OR", "(((", "Сибири)"}) {
      SearchResult r = TEST.index().search(SearchQuery.of(text));
      assertThat(r.notice()).as(text).isEqualTo(SearchIndex.PLAIN_WORDS_NOTICE);
    }
    assertThat(TEST.index().search(SearchQuery.of("year:abc")).total()).isZero();
    SearchResult r = TEST.index().search(SearchQuery.of("\"Сибири"));
    assertThat(r.notice()).isEqualTo(SearchIndex.PLAIN_WORDS_NOTICE);
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly(2L);
  }

  @Test
  void everydayPunctuationNeedsNoNotice() {
    for (String text : new String[] {"COVID-19: обзор", "A/B testing", "what is it?", "Россия, Китай"}) {
      assertThat(TEST.index().search(SearchQuery.of(text)).notice()).as(text).isNull();
    }
    assertThat(TEST.index().search(SearchQuery.of("web/forms")).hits())
        .extracting(SearchHit::id).containsExactly(4L);
  }

  @Test
  void validSyntaxIsHonoured() {
    SearchResult r = TEST.index().search(SearchQuery.of("\"neural network\" AND authors:Smith"));
    assertThat(r.notice()).isNull();
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly(3L);
    assertThat(TEST.index().search(SearchQuery.of("Азия -политика")).hits())
        .extracting(SearchHit::id).containsExactly(1L);
    assertThat(TEST.index().search(SearchQuery.of("year:2015")).hits())
        .extracting(SearchHit::id).containsExactly(5L);
  }
}
