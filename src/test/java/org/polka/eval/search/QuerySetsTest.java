package org.polka.eval.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Origin;

class QuerySetsTest {
  private static final List<String> RU_TITLES = List.of(
      "Методы оптимизации программ на языке JavaScript",
      "Моделирование теплообмена в системах охлаждения двигателей",
      "Правовое регулирование электронной торговли в России",
      "Историческая память о войне в региональной прессе",
      "Автоматизация управления технологическими процессами на предприятии",
      "Лингвистические особенности научного дискурса",
      "Экономический рост и инвестиции в инфраструктуру",
      "Синтез органических соединений на катализаторах",
      "Диагностика заболеваний сердца у детей",
      "Цифровая трансформация образования в университетах");
  private static final List<String> EN_TITLES = List.of(
      "Learning representations of scholarly documents with citation graphs",
      "Political parties and electoral competition in Central Asia",
      "Measuring household poverty with decent living standards",
      "Neural networks for protein structure prediction",
      "Corporate governance and firm performance in emerging markets",
      "Migration policies and labour markets in European cities",
      "A survey of automated theorem proving systems",
      "Climate change adaptation strategies for coastal communities",
      "The history of printing and the spread of literacy",
      "Teaching second languages through digital storytelling");

  @Test
  void theSameSeedGivesTheSameQueriesAndAnotherSeedOtherOnes() {
    List<Article> records = records();
    List<JudgedQuery> first = new QuerySets(42, 100, 100).build(records);
    assertThat(new QuerySets(42, 100, 100).build(records)).isEqualTo(first);
    assertThat(new QuerySets(43, 100, 100).build(records)).isNotEqualTo(first);
  }

  @Test
  void knownItemQueriesAreAFewWordsOfTheSourceTitle() {
    List<Article> records = records();
    for (String language : QuerySets.LANGUAGES) {
      List<JudgedQuery> queries = new QuerySets(5, 100, 0).knownItems(records, language);
      assertThat(queries).hasSize(10);
      for (JudgedQuery q : queries) {
        assertThat(q.kind()).isEqualTo(JudgedQuery.Kind.KNOWN_ITEM);
        assertThat(q.relevant()).hasSize(1);
        Article source = byKey(records, q.relevant().iterator().next());
        assertThat(source.language()).isEqualTo(language);
        List<String> words = List.of(q.text().split(" "));
        assertThat(words).hasSizeBetween(2, 5);
        assertThat(words).as(q.text()).noneMatch(Words::isStop);
        List<String> sourceWords = Words.split(source.title() + " " + source.keywords() + " "
            + source.mainAbstract());
        for (String w : words) {
          assertThat(sourceWords).as("'%s' in '%s' comes from its record", w, q.text())
              .anyMatch(s -> s.startsWith(w.substring(0, 2))
                  && Math.abs(s.length() - w.length()) <= 3);
        }
      }
    }
  }

  @Test
  void someKnownItemQueriesUseOtherFormsOrTypos() {
    List<Article> records = records();
    long changed = new QuerySets(9, 100, 0).knownItems(records, "en").stream()
        .filter(q -> !titleWords(byKey(records, q.relevant().iterator().next()))
            .containsAll(List.of(q.text().split(" "))))
        .count();
    assertThat(changed).isPositive();
  }

  @Test
  void titlesInAnotherScriptOrSharedByTwoRecordsGiveNoKnownItemQuery() {
    List<Article> records = new ArrayList<>(records());
    records.add(record("ru-en", "ru", "Approaches to optimizing the JavaScript engine", List.of()));
    records.add(record("dup-1", "en", "Shared title of two papers", List.of()));
    records.add(record("dup-2", "en", "Shared Title of two papers", List.of()));
    List<JudgedQuery> ru = new QuerySets(1, 100, 0).knownItems(records, "ru");
    List<JudgedQuery> en = new QuerySets(1, 100, 0).knownItems(records, "en");
    assertThat(ru).hasSize(10).noneMatch(q -> q.relevant().contains(new DocKey("test", "ru-en")));
    assertThat(en).hasSize(10).noneMatch(q -> q.relevant().contains(new DocKey("test", "dup-1")));
  }

  @Test
  void aKeywordSharedByThreeToFiftyRecordsJudgesThemAll() {
    List<Article> records = records();
    List<JudgedQuery> ru = new QuerySets(1, 0, 100).keywords(records, "ru");
    assertThat(ru).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(JudgedQuery.Kind.KEYWORD);
      assertThat(q.text()).isEqualTo("Оптимизация");
      assertThat(q.relevant()).containsExactlyInAnyOrder(
          new DocKey("test", "ru0"), new DocKey("test", "ru1"), new DocKey("test", "ru2"));
    });
    List<JudgedQuery> en = new QuerySets(1, 0, 100).keywords(records, "en");
    assertThat(en).extracting(JudgedQuery::text).containsExactly("machine learning");
    assertThat(en.get(0).relevant()).hasSize(4);
  }

  /**
   * Ten Russian and ten English records and 45 untitled ones: "оптимизация" on three Russian
   * records (mixed case), "machine learning" on four English ones, "редкое" on two, and
   * "везде"/"everywhere" on 55 records each.
   */
  private static List<Article> records() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < RU_TITLES.size(); i++) {
      List<String> kw = new ArrayList<>(List.of("везде"));
      if (i < 3) {
        kw.add(i == 0 ? "Оптимизация" : "оптимизация");
      }
      if (i < 2) {
        kw.add("редкое");
      }
      out.add(record("ru" + i, "ru", RU_TITLES.get(i), kw));
    }
    for (int i = 0; i < EN_TITLES.size(); i++) {
      List<String> kw = new ArrayList<>(List.of("everywhere"));
      if (i < 4) {
        kw.add("Machine Learning".toLowerCase());
      }
      out.add(record("en" + i, "en", EN_TITLES.get(i), kw));
    }
    for (int i = 0; i < 45; i++) {
      out.add(record("extra" + i, i % 2 == 0 ? "ru" : "en", null, List.of("везде", "everywhere")));
    }
    return out;
  }

  private static Article record(String id, String language, String title, List<String> keywords) {
    return Article.builder().title(title).language(language).keywords(keywords)
        .addAbstract(new Abstract(language, "ru".equals(language)
            ? "Рассматриваются вопросы анализа данных и вычислительных экспериментов."
            : "We study data analysis and computational experiments."))
        .origin(new Origin("test", id, null)).build();
  }

  private static Article byKey(List<Article> records, DocKey key) {
    return records.stream().filter(a -> key.equals(DocKey.of(a))).findFirst().orElseThrow();
  }

  private static Set<String> titleWords(Article a) {
    return Set.copyOf(Words.split(a.title()));
  }
}
