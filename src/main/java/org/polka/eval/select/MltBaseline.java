package org.polka.eval.select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.search.SolrIndexSearcher;
import org.polka.search.SearchIndex;

/**
 * The baseline: Lucene's MoreLikeThis (what Solr's MoreLikeThis handler runs) over Polka's own
 * index, with Solr's default settings (min term frequency 2, min document frequency 5, 25 query
 * terms) on the stored text fields title, abstract and body, analysed as the index analyses them.
 */
final class MltBaseline {
  /** The fields MoreLikeThis reads and queries (Solr's mlt.fl). */
  static final String[] FIELDS = {"title", "abstract", "body"};

  private final SearchIndex index;

  MltBaseline(SearchIndex index) {
    this.index = index;
  }

  /** The articles most like a stored one (by its id), itself left out. */
  List<Long> similar(long id, int n) {
    return index.withSearcher(searcher -> {
      ScoreDoc[] seed = searcher.search(idQuery(id), 1).scoreDocs;
      if (seed.length == 0) {
        return List.<Long>of();
      }
      return run(searcher, mlt(searcher).like(seed[0].doc), id, n);
    });
  }

  /** The articles most like a text (given to every field, as Solr does for a posted text). */
  List<Long> like(String text, long exclude, int n) {
    return index.withSearcher(searcher -> {
      Map<String, Collection<Object>> doc = new HashMap<>();
      for (String f : FIELDS) {
        doc.put(f, List.of(text));
      }
      return run(searcher, mlt(searcher).like(doc), exclude, n);
    });
  }

  private static MoreLikeThis mlt(SolrIndexSearcher searcher) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(searcher.getSchema().getIndexAnalyzer());
    mlt.setFieldNames(FIELDS);
    mlt.setMinTermFreq(MoreLikeThis.DEFAULT_MIN_TERM_FREQ);
    mlt.setMinDocFreq(MoreLikeThis.DEFAULT_MIN_DOC_FREQ);
    mlt.setMaxQueryTerms(MoreLikeThis.DEFAULT_MAX_QUERY_TERMS);
    return mlt;
  }

  private static List<Long> run(SolrIndexSearcher searcher, Query like, long exclude, int n) {
    BooleanQuery q = new BooleanQuery.Builder().add(like, Occur.MUST)
        .add(idQuery(exclude), Occur.MUST_NOT).build();
    try {
      List<Long> out = new ArrayList<>();
      for (ScoreDoc d : searcher.search(q, n).scoreDocs) {
        out.add(Long.parseLong(searcher.getDocFetcher().doc(d.doc, java.util.Set.of("id"))
            .get("id")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query idQuery(long id) {
    return new TermQuery(new Term("id", String.valueOf(id)));
  }
}
