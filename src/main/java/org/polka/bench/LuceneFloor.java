package org.polka.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.polka.search.LuceneView;

/**
 * The floor of a search: the Lucene query, filters, sort, facets and highlighting Solr runs, done
 * with Lucene's {@link IndexSearcher} directly on the same index reader — no Solr request handling,
 * caches or response writing, no HTTP. One collecting pass gives the top hits and the facet counts
 * (per segment by ordinal, merged by value); a facet whose own field is filtered is counted in a
 * second pass without that filter, as Solr's multi-select facets are.
 */
final class LuceneFloor {
  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;

  LuceneFloor(LuceneView view, int fragmentLength, int maxAnalyzedChars) {
    this.searcher = new IndexSearcher(view.reader());
    searcher.setSimilarity(view.similarity());
    this.highlighter = UnifiedHighlighter.builder(searcher, view.analyzer())
        .withMaxLength(maxAnalyzedChars)
        .withHighlightPhrasesStrictly(false)
        .withWeightMatches(false)
        .withBreakIterator(() -> LengthGoalBreakIterator.createMinLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), fragmentLength, 0.33f))
        .build();
  }

  /** What one search found: the total, the hits' stored fields and snippets, the facet counts. */
  record Result(long total, List<Map<String, Object>> hits, Map<String, Map<Object, Integer>> facets) {}

  /** Runs the request; the top hits' stored fields and snippets are read as Solr would read them. */
  Result search(LuceneView.Request r) {
    try {
      Query all = filtered(r.query(), r.filters().values());
      var top = new TopFieldCollectorManager(r.sort(), r.rows(), null, Integer.MAX_VALUE, false);
      Set<String> plain = new HashSet<>(r.facets().keySet());
      plain.removeAll(r.filters().keySet());
      Object[] both = searcher.search(all, new MultiCollectorManager(top, new Facets(plain)));
      TopFieldDocs docs = (TopFieldDocs) both[0];
      @SuppressWarnings("unchecked")
      Map<String, Map<Object, Integer>> facets = (Map<String, Map<Object, Integer>>) both[1];
      for (String field : r.filters().keySet()) {
        if (r.facets().containsKey(field)) {
          List<Query> others = new ArrayList<>();
          r.filters().forEach((f, q) -> {
            if (!f.equals(field)) {
              others.add(q);
            }
          });
          facets.putAll(searcher.search(filtered(r.query(), others), new Facets(Set.of(field))));
        }
      }
      Map<String, Map<Object, Integer>> limited = new HashMap<>();
      r.facets().forEach((f, limit) -> limited.put(f, topValues(facets.get(f), limit)));
      return new Result(docs.totalHits.value, hits(r, docs), limited);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Map<String, Object>> hits(LuceneView.Request r, TopFieldDocs docs) throws IOException {
    int[] ids = new int[docs.scoreDocs.length];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = docs.scoreDocs[k].doc;
    }
    Map<String, String[]> snippets = r.highlighted().isEmpty() || ids.length == 0 ? Map.of()
        : highlighter.highlightFields(r.highlighted().toArray(String[]::new), r.query(), ids,
            r.highlighted().stream().mapToInt(f -> 1).toArray());
    Set<String> stored = Set.copyOf(r.stored());
    List<Map<String, Object>> hits = new ArrayList<>();
    var fields = searcher.storedFields();
    for (int k = 0; k < ids.length; k++) {
      Map<String, Object> hit = new HashMap<>();
      for (var f : fields.document(ids[k], stored).getFields()) {
        hit.put(f.name(), f.stringValue() != null ? f.stringValue() : f.numericValue());
      }
      for (var e : snippets.entrySet()) {
        if (e.getValue()[k] != null) {
          hit.put("hl." + e.getKey(), e.getValue()[k]);
        }
      }
      hits.add(hit);
    }
    return hits;
  }

  private static Query filtered(Query main, Collection<Query> filters) {
    if (filters.isEmpty()) {
      return main;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, BooleanClause.Occur.MUST);
    filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
    return b.build();
  }

  /** The most frequent values, count descending then value ascending, as Solr orders facets. */
  static Map<Object, Integer> topValues(Map<Object, Integer> counts, int limit) {
    Map<Object, Integer> out = new java.util.LinkedHashMap<>();
    if (counts == null) {
      return out;
    }
    counts.entrySet().stream()
        .sorted(Map.Entry.<Object, Integer>comparingByValue().reversed()
            .thenComparing(e -> e.getKey().toString()))
        .limit(limit)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Counts the values of some doc-values fields over the matching documents. */
  private static final class Facets
      implements CollectorManager<Facets.Counter, Map<String, Map<Object, Integer>>> {
    private final Set<String> fields;

    Facets(Set<String> fields) {
      this.fields = fields;
    }

    @Override
    public Counter newCollector() {
      return new Counter();
    }

    @Override
    public Map<String, Map<Object, Integer>> reduce(Collection<Counter> counters) {
      Map<String, Map<Object, Integer>> out = new HashMap<>();
      for (Counter c : counters) {
        c.totals.forEach((f, m) -> m.forEach((v, n) -> out.computeIfAbsent(f, x -> new HashMap<>())
            .merge(v, n, Integer::sum)));
      }
      return out;
    }

    final class Counter implements Collector {
      final Map<String, Map<Object, Integer>> totals = new HashMap<>();

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        List<Segment> segments = new ArrayList<>();
        for (String field : fields) {
          FieldInfo info = context.reader().getFieldInfos().fieldInfo(field);
          if (info != null) {
            segments.add(new Segment(field, info.getDocValuesType(), context));
          }
        }
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {
          }

          @Override
          public void collect(int doc) throws IOException {
            for (Segment s : segments) {
              s.collect(doc);
            }
          }

          @Override
          public void finish() throws IOException {
            for (Segment s : segments) {
              s.finish(totals.computeIfAbsent(s.field, f -> new HashMap<>()));
            }
          }
        };
      }
    }
  }

  /** One field's counts in one segment: by ordinal for strings, by value for numbers. */
  private static final class Segment {
    final String field;
    final SortedSetDocValues ords;
    final SortedNumericDocValues numbers;
    final int[] byOrd;
    final Map<Object, Integer> byValue = new HashMap<>();

    Segment(String field, DocValuesType type, LeafReaderContext context) throws IOException {
      this.field = field;
      boolean numeric = type == DocValuesType.NUMERIC || type == DocValuesType.SORTED_NUMERIC;
      this.ords = numeric ? null : DocValues.getSortedSet(context.reader(), field);
      this.numbers = numeric ? DocValues.getSortedNumeric(context.reader(), field) : null;
      this.byOrd = numeric ? null : new int[(int) Math.min(Integer.MAX_VALUE - 8, ords.getValueCount())];
    }

    void collect(int doc) throws IOException {
      if (ords != null) {
        if (ords.advanceExact(doc)) {
          for (int k = 0; k < ords.docValueCount(); k++) {
            byOrd[(int) ords.nextOrd()]++;
          }
        }
      } else if (numbers.advanceExact(doc)) {
        for (int k = 0; k < numbers.docValueCount(); k++) {
          byValue.merge(numbers.nextValue(), 1, Integer::sum);
        }
      }
    }

    void finish(Map<Object, Integer> totals) throws IOException {
      if (ords != null) {
        for (int ord = 0; ord < byOrd.length; ord++) {
          if (byOrd[ord] > 0) {
            totals.merge(ords.lookupOrd(ord).utf8ToString(), byOrd[ord], Integer::sum);
          }
        }
      } else {
        byValue.forEach((v, n) -> totals.merge(v, n, Integer::sum));
      }
    }
  }
}
