package org.polka.select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.polka.search.TermSigner;

/**
 * Candidate retrieval: a weighted query of a term vector over the text fields of the index, within
 * a reader's limits, and the profiles of the articles it finds.
 */
final class Candidates {
  /** Stored fields a profile reads. */
  static final Set<String> STORED = Set.of("id", "title", "authors", "keyword", "abstract",
      "year", "doi", "language", "discipline", "license", "journal",
      TermSigner.FIELD);
  /** The stored body, read only for the snippet of a listed article without an abstract. */
  static final Set<String> BODY = Set.of("body");
  /** Licence values (prefixes, any case) that count as open. */
  static final List<String> OPEN_LICENSES = List.of("cc-by", "cc by", "cc0", "odc-by", "pddl",
      "public domain", "CC-BY", "CC BY", "CC0", "ODC-BY", "PDDL");
  /**
   * The front-matter fields (with their boosts): the cheaper lexical candidate query used beside
   * the nearest neighbours of the latent vectors, whose postings are a fraction of the bodies'.
   */
  static final Map<String, Float> FRONT = Map.of("title", Analysis.FIELDS.get("title"),
      "keywords", Analysis.FIELDS.get("keywords"), "abstract", Analysis.FIELDS.get("abstract"));
  /** Tie-breaker of a term's fields: a match in several fields counts a little more. */
  static final float TIE = 0.3f;
  /**
   * Hits counted before the top-n search may skip documents: all of them. Skipping (block-max
   * MaxScore over the per-term field disjunctions) cost twice the CPU of scoring every match in
   * windows, for the same top n (docs/benchmarks.md, "Selection speed (session 5)").
   */
  static final int EXHAUSTIVE = Integer.MAX_VALUE;
  /** Records read when looking for other versions of an article. */
  static final int SAME_WORK = 20;

  private final Analysis analysis;

  Candidates(Analysis analysis) {
    this.analysis = analysis;
  }

  /** The best-scoring articles for the vector within the limits, excluding these ids. */
  List<Profile> find(TermVector query, Limits limits, Collection<Long> exclude, int n) {
    return find(query, Analysis.FIELDS, limits, exclude, n);
  }

  /**
   * The best-scoring articles for the vector searched in these fields (with their boosts) within
   * the limits, excluding these ids.
   */
  List<Profile> find(TermVector query, Map<String, Float> fields, Limits limits,
      Collection<Long> exclude, int n) {
    if (query.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(terms(query, fields), Occur.MUST);
    return search(q, limits, exclude, n);
  }

  /**
   * The ids of the best-scoring articles for the vector searched in these fields within the
   * limits, excluding these ids (read from the id's doc values: no stored record is read).
   */
  List<Long> ids(TermVector query, Map<String, Float> fields, Limits limits,
      Collection<Long> exclude, int n) {
    if (query.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(terms(query, fields), Occur.MUST);
    try {
      ScoreDoc[] docs = top(q, limits, exclude, n);
      List<LeafReaderContext> leaves = analysis.searcher().getIndexReader().leaves();
      List<Long> out = new ArrayList<>(docs.length);
      for (ScoreDoc d : docs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
        SortedDocValues id = DocValues.getSorted(leaf.reader(), "id");
        if (id.advanceExact(d.doc - leaf.docBase)) {
          out.add(Long.parseLong(id.lookupOrd(id.ordValue()).utf8ToString()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  /**
   * These articles, as far as they are within the limits and not excluded, scored by the vector
   * over all text fields (the score {@link #find} gives them; 0 when no term matches).
   */
  List<Profile> scored(Collection<Long> ids, TermVector query, Limits limits,
      Collection<Long> exclude, int max) {
    if (ids.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(new TermInSetQuery("id", ids.stream().map(id -> new BytesRef(String.valueOf(id)))
        .toList()), Occur.FILTER);
    if (!query.isEmpty()) {
      q.add(terms(query, Analysis.FIELDS), Occur.SHOULD);
    }
    return search(q, limits, exclude, Math.min(ids.size(), max));
  }

  private List<Profile> search(BooleanQuery.Builder q, Limits limits, Collection<Long> exclude,
      int n) {
    try {
      ScoreDoc[] docs = top(q, limits, exclude, n);
      List<Profile> out = new ArrayList<>(docs.length);
      for (ScoreDoc d : docs) {
        out.add(profile(d.doc, d.score));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  /** The best n documents of the query within the limits, excluding these ids, every match scored. */
  private ScoreDoc[] top(BooleanQuery.Builder q, Limits limits, Collection<Long> exclude, int n)
      throws IOException {
    filters(limits).forEach(f -> q.add(f, Occur.FILTER));
    exclude.forEach(id -> q.add(new TermQuery(new Term("id", String.valueOf(id))), Occur.MUST_NOT));
    return analysis.searcher().search(q.build(),
        new TopScoreDocCollectorManager(n, null, EXHAUSTIVE)).scoreDocs;
  }

  /** One should-clause per term: the best of its fields, weighted by the term's weight. */
  static Query terms(TermVector vector, Map<String, Float> searched) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    vector.weights().forEach((term, weight) -> {
      List<Query> fields = new ArrayList<>();
      searched.forEach((field, boost) ->
          fields.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
      b.add(new BoostQuery(new DisjunctionMaxQuery(fields, TIE), weight.floatValue()),
          Occur.SHOULD);
    });
    return b.build();
  }

  /** The reader's limits as filters. */
  static List<Query> filters(Limits limits) {
    List<Query> out = new ArrayList<>();
    if (limits.yearFrom() != null || limits.yearTo() != null) {
      out.add(IntPoint.newRangeQuery("year",
          limits.yearFrom() == null ? Integer.MIN_VALUE : limits.yearFrom(),
          limits.yearTo() == null ? Integer.MAX_VALUE : limits.yearTo()));
    }
    if (!limits.disciplines().isEmpty()) {
      out.add(anyOf("discipline", limits.disciplines()));
    }
    if (!limits.languages().isEmpty()) {
      out.add(anyOf("language", limits.languages().stream()
          .map(l -> l.toLowerCase(Locale.ROOT)).toList()));
    }
    if (limits.openOnly()) {
      BooleanQuery.Builder open = new BooleanQuery.Builder();
      OPEN_LICENSES.forEach(p -> open.add(new PrefixQuery(new Term("license", p)), Occur.SHOULD));
      out.add(open.build());
    }
    return out;
  }

  private static Query anyOf(String field, List<String> values) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    values.forEach(v -> b.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
    return b.build();
  }

  /**
   * The profile of the article at this Lucene document number: its stored facts and the signature
   * written at indexing time (made here from the stored texts for a document indexed before
   * signatures existed).
   */
  Profile profile(int docId, double score) {
    Document doc;
    try {
      doc = analysis.searcher().getDocFetcher().doc(docId, STORED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stored fields", e);
    }
    String title = present(doc.getValues("title")).stream().findFirst().orElse(null);
    List<String> keywords = List.of(doc.getValues("keyword"));
    List<String> abstracts = present(doc.getValues("abstract"));
    String stored = doc.get(TermSigner.FIELD);
    Signature signature = stored != null ? Signature.decode(stored)
        : Signature.of(analysis.text(), title, keywords, abstracts, body(docId, Integer.MAX_VALUE));
    IndexableField year = doc.getField("year");
    return new Profile(Long.parseLong(doc.get("id")), docId, score, title,
        present(doc.getValues("authors")), keywords, abstracts,
        year == null || year.numericValue() == null ? null : year.numericValue().intValue(),
        doc.get("doi"), doc.get("language"), doc.get("discipline"), doc.get("license"),
        doc.get("journal"), signature, new Profile.Once<>(() -> analysis.front(signature)));
  }

  /** Where an article says what it is about: its abstracts, else its opening paragraphs. */
  List<String> summary(Profile p) {
    return p.abstracts().isEmpty() ? body(p.docId(), Signature.OPENING_PARAGRAPHS) : p.abstracts();
  }

  /**
   * Articles that may be the seed under another record: the same DOI, or sharing an author
   * surname (compared transliterated) in the same year.
   */
  List<Profile> sameWork(Profile seed) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (seed.doi() != null) {
      any.add(new TermQuery(new Term("doi", seed.doi())), Occur.SHOULD);
    }
    if (seed.year() != null && !seed.authors().isEmpty()) {
      BooleanQuery.Builder names = new BooleanQuery.Builder();
      seed.authors().forEach(a -> analysis.nameTokens(a).stream().filter(t -> t.length() > 2)
          .forEach(t -> names.add(new TermQuery(new Term("authors", t)), Occur.SHOULD)));
      any.add(new BooleanQuery.Builder().add(names.build(), Occur.MUST)
          .add(IntPoint.newExactQuery("year", seed.year()), Occur.FILTER).build(), Occur.SHOULD);
    }
    BooleanQuery q = new BooleanQuery.Builder().add(any.build(), Occur.MUST)
        .add(new TermQuery(new Term("id", String.valueOf(seed.id()))), Occur.MUST_NOT).build();
    try {
      List<Profile> out = new ArrayList<>();
      for (ScoreDoc d : analysis.searcher().search(q, SAME_WORK).scoreDocs) {
        out.add(profile(d.doc, 0));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }

  /** Up to n paragraphs of the stored body of the article at this document number. */
  List<String> body(int docId, int n) {
    try {
      List<String> body = present(analysis.searcher().getDocFetcher().doc(docId, BODY)
          .getValues("body"));
      return body.subList(0, Math.min(n, body.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stored fields", e);
    }
  }

  /**
   * The non-blank stored values of a text field: an article without the field stores the schema's
   * empty default (schema.xml says why).
   */
  static List<String> present(String[] values) {
    return Arrays.stream(values).filter(v -> !v.isBlank()).toList();
  }

  /** The Lucene document number of an article id, or -1. */
  int docId(long id) {
    try {
      ScoreDoc[] hit = analysis.searcher().search(new TermQuery(new Term("id", String.valueOf(id))),
          1).scoreDocs;
      return hit.length == 0 ? -1 : hit[0].doc;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index", e);
    }
  }
}
