package org.polka.eval.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.polka.search.SearchHit;
import org.polka.search.SearchIndex;
import org.polka.search.SearchQuery;

/**
 * One evaluation run: every judged query through Polka's index and through the BM25 baseline, each
 * ranking scored against the query's judgements, and the scores averaged per query set.
 */
final class Evaluation {
  /** The scores of one query in both systems. */
  record Outcome(JudgedQuery query, Score polka, Score baseline) {}

  /** The mean scores of one group of queries (e.g. known-item ru) in both systems. */
  record Row(String group, Score polka, Score baseline) {}

  private final SearchIndex index;
  private final Bm25Baseline baseline;

  Evaluation(SearchIndex index, Bm25Baseline baseline) {
    this.index = index;
    this.baseline = baseline;
  }

  /** Runs every query in both systems. */
  List<Outcome> run(List<JudgedQuery> queries) {
    List<Outcome> out = new ArrayList<>(queries.size());
    for (JudgedQuery q : queries) {
      out.add(new Outcome(q, Score.of(polka(q.text()), q.relevant()),
          Score.of(baseline.search(q.text(), Score.DEPTH), q.relevant())));
    }
    return out;
  }

  /** Polka's first page for the query text, as record keys. */
  List<DocKey> polka(String text) {
    List<SearchHit> hits = index.search(new SearchQuery(text, null, null, 1, Score.DEPTH)).hits();
    return hits.stream().map(h -> new DocKey(h.source(), h.sourceId())).toList();
  }

  /**
   * The mean scores per group: each kind in each language (groups without queries are left out),
   * then each language over all kinds, then all queries.
   */
  static List<Row> rows(List<Outcome> outcomes) {
    Map<String, Predicate<JudgedQuery>> groups = new LinkedHashMap<>();
    for (JudgedQuery.Kind kind : JudgedQuery.Kind.values()) {
      for (String language : QuerySets.LANGUAGES) {
        groups.put(kind.label() + " " + language,
            q -> q.kind() == kind && q.language().equals(language));
      }
    }
    for (String language : QuerySets.LANGUAGES) {
      groups.put("all " + language, q -> q.language().equals(language));
    }
    groups.put("overall", q -> true);
    List<Row> rows = new ArrayList<>();
    groups.forEach((name, test) -> {
      List<Outcome> in = outcomes.stream().filter(o -> test.test(o.query())).toList();
      if (!in.isEmpty()) {
        rows.add(new Row(name, Score.mean(in.stream().map(Outcome::polka).toList()),
            Score.mean(in.stream().map(Outcome::baseline).toList())));
      }
    });
    return rows;
  }
}
