package org.polka.select;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.search.SolrIndexSearcher;
import org.polka.catalog.Catalog;
import org.polka.search.SearchIndex;

/**
 * The literature selection service: a topic in, an explained, diverse reading list out; and the
 * similar articles of an article, its other versions kept apart.
 *
 * <p>Retrieval is lexical over both languages with the index's own analysis: the topic becomes its
 * heaviest tf-idf terms, searched in titles, keywords, abstracts and bodies; then terms of the
 * other language are borrowed from the best bilingual matches (their English abstract or keywords
 * for a Russian topic, and the reverse) and the search is run again. Nothing is computed for stored
 * articles on the request path beyond reading what the index keeps.
 *
 * <p>Where the library has latent vectors and their nearest-neighbour index ({@link Latent}), the
 * candidates are the nearest neighbours of the seed's vector (of the topic folded into the model,
 * for a reading list) together with the best lexical matches in the front matter only, whose
 * postings are a fraction of the bodies': the cost of a request then grows far less with the
 * library. Every candidate is still scored by the query over all fields before ranking.
 */
public final class Selector {
  /** Settings the evaluation tunes; {@link #DEFAULTS} are those measured best. */
  public record Tuning(int topicTerms, int pool, double lambda, double pivotWeight,
      int pivotDocs, Similarity similarity, int neighbours) {}

  /**
   * Settings of similar articles: terms of the seed's query, candidates re-ranked, weight of body
   * terms in the vectors and the power of idf in them, share of cosine in the ranking, and weight
   * of the pseudo-relevance feedback (likeness to the centroid of the best {@code feedbackDocs}
   * candidates), and weight of the cosine of the library's latent vectors ({@link Latent}).
   */
  public record Similarity(int terms, int pool, double bodyWeight, double idfPower, double blend,
      double feedback, int feedbackDocs, double latent) {}

  /**
   * The measured settings. Similar articles re-rank 50 candidates: against 100, P@10 was the same
   * within 0.004 on two seeds in both languages and a call cost about a third less; a reading list
   * picks from at least 80 (twice its length when longer): against 150, nDCG@10, P@10 and the
   * sub-topics were the same on two seeds (docs/benchmarks.md, "Candidate pools", session 4).
   * The latent vectors' cosine counts as much as the lexical one ("Latent vectors for similar
   * articles", session 5).
   */
  public static final Tuning DEFAULTS = new Tuning(30, 80, 0.75, 0.4, 10,
      new Similarity(30, 50, 4, 0.5, 1, 1, 5, 1), 50);
  /** How many similar articles a page shows. */
  public static final int SIMILAR = 10;
  /** Weight of an item's vector added to the topic for "more like this". */
  static final double MORE_LIKE = 0.6;
  /** Distinct terms whose document frequencies are kept between requests (per searcher). */
  static final int DOC_FREQ_CACHE = 500_000;
  /** Terms borrowed from the other language. */
  static final int PIVOT_TERMS = 15;

  private final SearchIndex index;
  private final Catalog catalog;
  private final Tuning tuning;
  private final Latent latent;
  private volatile Object cachedReader;
  private volatile Map<String, Integer> docFreqs = new ConcurrentHashMap<>();

  /** A selector with lexical candidates only. */
  public Selector(SearchIndex index, Catalog catalog) {
    this(index, catalog, DEFAULTS, null);
  }

  /** A selector that also takes nearest neighbours of the library's latent vectors. */
  public Selector(SearchIndex index, Catalog catalog, Latent latent) {
    this(index, catalog, DEFAULTS, latent);
  }

  /**
   * A selector with these settings; {@code latent} (null for none) gives nearest-neighbour
   * candidates once the library has a model and its vector index is in step.
   */
  public Selector(SearchIndex index, Catalog catalog, Tuning tuning, Latent latent) {
    this.index = index;
    this.catalog = catalog;
    this.tuning = tuning;
    this.latent = latent;
  }

  /** A reading list for the topic within the limits, with the reader's refinements applied. */
  public ReadingList select(String topic, Limits limits, Refinements refinements) {
    return index.withSearcher(searcher -> {
      Analysis analysis = analysis(searcher);
      Candidates candidates = new Candidates(analysis);
      TermVector query = TermVector.of(analysis, List.of(new TermVector.Part(topic, 1)))
          .truncated(tuning.topicTerms());
      TermVector shown = query;
      for (long id : refinements.moreLike()) {
        Optional<Profile> p = profile(candidates, id);
        if (p.isPresent()) {
          query = query.plus(p.get().vector().truncated(tuning.topicTerms()), MORE_LIKE);
        }
      }
      Set<Long> exclude = new LinkedHashSet<>(refinements.excluded());
      Optional<Latent.Neighbours> near = neighbours();
      query = withOtherLanguage(candidates, query, limits, exclude, near.isPresent());
      int n = Math.max(tuning.pool(), 2 * limits.size());
      List<Profile> pool = near.isEmpty() ? candidates.find(query, limits, exclude, n)
          : pool(candidates, query, near.get().model().foldIn(query.weights()), near.get(), n,
              limits, exclude, n);
      analysis.lookUp(pool.stream().flatMap(p -> p.signature().entries().stream())
          .filter(e -> e.front() > 0).map(Signature.Entry::term).toList());
      List<TermVector> avoid = new ArrayList<>();
      refinements.fewerLike().forEach(id -> profile(candidates, id)
          .ifPresent(p -> avoid.add(p.vector())));
      List<Profile> picked = Diversity.mmr(pool, limits.size(), tuning.lambda(), avoid);
      List<Diversity.Subtopic> groups = Diversity.subtopics(picked, shown);
      int[] group = new int[picked.size()];
      List<ReadingList.Subtopic> named = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        for (int i : groups.get(g).members()) {
          group[i] = g;
        }
        named.add(new ReadingList.Subtopic(groups.get(g).name(), groups.get(g).members().size()));
      }
      Map<Long, List<Long>> citedBy = new CitedBy(catalog).citedBy(picked);
      List<ListItem> items = new ArrayList<>();
      for (int i = 0; i < picked.size(); i++) {
        items.add(item(analysis, candidates, shown, picked.get(i), citedBy, group[i]));
      }
      return new ReadingList(null, topic, language(shown), limits, refinements, items, named);
    });
  }

  /** The similar articles of a stored article; empty when the index does not hold it. */
  public Optional<Similar> similar(long id) {
    return index.withSearcher(searcher -> {
      Analysis analysis = analysis(searcher);
      Candidates candidates = new Candidates(analysis);
      Optional<Profile> found = profile(candidates, id);
      if (found.isEmpty()) {
        return Optional.<Similar>empty();
      }
      Profile seed = found.get();
      Similarity how = tuning.similarity();
      boolean body = seed.signature().hasBody();
      double bodyWeight = body ? how.bodyWeight() : 0;
      double idfPower = body ? how.idfPower() : 1;
      analysis.lookUp(seed.signature().entries().stream().map(Signature.Entry::term).toList());
      TermVector whole = analysis.whole(seed.signature(), bodyWeight, idfPower);
      TermVector query = whole.truncated(how.terms());
      Optional<Latent.Neighbours> near = neighbours();
      float[] seedVector = near.isEmpty() ? null
          : catalog.latents().vectors(List.of(id)).get(id);
      List<Profile> pool = seedVector == null
          ? candidates.find(query, Limits.none(SIMILAR), Set.of(id), how.pool())
          : pool(candidates, query, seedVector, near.get(), how.pool(), Limits.none(SIMILAR),
              Set.of(id), how.pool());
      Versions versions = new Versions(analysis);
      List<Similar.Version> other = new ArrayList<>();
      Set<Long> seen = new LinkedHashSet<>();
      for (Profile p : candidates.sameWork(seed)) {
        String reason = versions.reason(seed, p);
        if (reason != null && seen.add(p.id())) {
          other.add(new Similar.Version(item(analysis, candidates, query, p, Map.of(), -1), reason));
        }
      }
      List<ListItem> similar = new ArrayList<>();
      for (Profile p : rerank(analysis, id, whole, bodyWeight, idfPower, pool)) {
        String reason = seen.contains(p.id()) ? "" : versions.reason(seed, p);
        if (reason != null) {
          if (seen.add(p.id())) {
            other.add(new Similar.Version(item(analysis, candidates, query, p, Map.of(), -1),
                reason));
          }
        } else if (similar.size() < SIMILAR) {
          similar.add(item(analysis, candidates, query, p, Map.of(), -1));
        }
      }
      return Optional.of(new Similar(id, similar, other));
    });
  }

  /**
   * Candidates ordered by retrieval score blended with their cosine to the seed (whole-text
   * vectors with idf softened; front matter alone with plain tf-idf when the seed has no body: like
   * is compared with like) and the cosine of their latent vectors where the library has them, then,
   * with feedback, with their cosine to the centroid of the best of that order.
   */
  private List<Profile> rerank(Analysis analysis, long seedId, TermVector seed, double bodyWeight,
      double idfPower, List<Profile> pool) {
    Similarity how = tuning.similarity();
    double top = pool.stream().mapToDouble(Profile::score).max().orElse(1);
    Map<Long, TermVector> vectors = new HashMap<>();
    Map<Long, Double> value = new HashMap<>();
    analysis.lookUp(pool.stream().flatMap(p -> p.signature().entries().stream())
        .map(Signature.Entry::term).toList());
    Map<Long, float[]> latent = latentVectors(seedId, pool);
    for (Profile p : pool) {
      TermVector v = analysis.whole(p.signature(), bodyWeight, idfPower);
      vectors.put(p.id(), v);
      value.put(p.id(), (1 - how.blend()) * p.score() / top + how.blend() * seed.cosine(v)
          + how.latent() * LatentModel.cosine(latent.get(seedId), latent.get(p.id())));
    }
    List<Profile> out = new ArrayList<>(pool);
    out.sort((a, b) -> Double.compare(value.get(b.id()), value.get(a.id())));
    if (how.feedback() > 0 && out.size() > how.feedbackDocs()) {
      TermVector centroid = TermVector.EMPTY;
      for (Profile p : out.subList(0, how.feedbackDocs())) {
        centroid = centroid.plus(vectors.get(p.id()), 1);
      }
      for (Profile p : out) {
        value.merge(p.id(), how.feedback() * centroid.cosine(vectors.get(p.id())), Double::sum);
      }
      out.sort((a, b) -> Double.compare(value.get(b.id()), value.get(a.id())));
    }
    return out;
  }

  /**
   * The model and vector index to take nearest neighbours from, when this selector uses them and
   * the library has them in step.
   */
  private Optional<Latent.Neighbours> neighbours() {
    return latent == null || tuning.neighbours() <= 0 ? Optional.empty() : latent.neighbours();
  }

  /**
   * Candidates from both cheap retrievals: the best {@code lexical} matches of the query in the
   * front matter and the {@link Tuning#neighbours} nearest latent vectors within the limits (twice
   * as many for "open only", whose licences the vector index does not hold); all
   * scored by the query over every text field (the score a lexical-only pool gives them), best
   * first, at most {@code max}.
   */
  private List<Profile> pool(Candidates candidates, TermVector query, float[] vector,
      Latent.Neighbours near, int lexical, Limits limits, Set<Long> exclude, int max) {
    Set<Long> ids = new LinkedHashSet<>(candidates.ids(query, Candidates.FRONT, limits, exclude,
        lexical));
    if (vector.length > 0) {
      Limits indexed = new Limits(limits.yearFrom(), limits.yearTo(), limits.disciplines(),
          limits.languages(), false, limits.size());
      ids.addAll(near.index().near(vector, tuning.neighbours() * (limits.openOnly() ? 2 : 1),
          Candidates.filters(indexed), exclude));
    }
    return candidates.scored(ids, query, limits, exclude, max);
  }

  /** The stored latent vectors of the seed and the candidates (none when not weighted). */
  private Map<Long, float[]> latentVectors(long seedId, List<Profile> pool) {
    if (tuning.similarity().latent() == 0) {
      return Map.of();
    }
    List<Long> ids = new ArrayList<>(pool.size() + 1);
    ids.add(seedId);
    pool.forEach(p -> ids.add(p.id()));
    return catalog.latents().vectors(ids);
  }

  /**
   * The query with terms of the other language added: those of the best first-pass matches,
   * weighted by their rank, so a Russian topic also searches English words of Russian articles
   * that carry English abstracts or keywords, and the reverse.
   */
  private TermVector withOtherLanguage(Candidates candidates, TermVector query, Limits limits,
      Collection<Long> exclude, boolean frontOnly) {
    if (tuning.pivotWeight() <= 0) {
      return query;
    }
    boolean russian = "ru".equals(language(query));
    Limits anyLanguage = new Limits(limits.yearFrom(), limits.yearTo(), limits.disciplines(),
        List.of(), limits.openOnly(), limits.size());
    List<Profile> first = candidates.find(query, frontOnly ? Candidates.FRONT : Analysis.FIELDS,
        anyLanguage, exclude, tuning.pivotDocs());
    Map<String, Double> borrowed = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    for (int r = 0; r < first.size(); r++) {
      double rank = 1.0 / (r + 1);
      TermVector v = first.get(r).vector();
      v.weights().forEach((t, w) -> {
        if (Analysis.cyrillic(t) != russian) {
          borrowed.merge(t, w * rank, Double::sum);
        }
      });
      words.putAll(v.surfaces());
    }
    if (borrowed.isEmpty()) {
      return query;
    }
    TermVector other = new TermVector(borrowed, words).truncated(PIVOT_TERMS);
    return query.plus(other, tuning.pivotWeight());
  }

  /** "ru" when most of the vector's weight is on Cyrillic terms, else "en". */
  static String language(TermVector v) {
    double ru = v.weights().entrySet().stream().filter(e -> Analysis.cyrillic(e.getKey()))
        .mapToDouble(Map.Entry::getValue).sum();
    double all = v.weights().values().stream().mapToDouble(Double::doubleValue).sum();
    return all > 0 && ru * 2 > all ? "ru" : "en";
  }

  private static Optional<Profile> profile(Candidates candidates, long id) {
    int doc = candidates.docId(id);
    return doc < 0 ? Optional.empty() : Optional.of(candidates.profile(doc, 0));
  }

  private static ListItem item(Analysis analysis, Candidates candidates, TermVector topic,
      Profile p, Map<Long, List<Long>> citedBy, int subtopic) {
    return new ListItem(p.id(), p.title(), p.authors(), p.year(), p.journal(), p.language(),
        p.discipline(), p.license(), p.doi(), p.score(), Explanations.concepts(topic, p.vector()),
        Explanations.snippet(analysis, topic, candidates.summary(p)),
        citedBy.getOrDefault(p.id(), List.of()), subtopic);
  }

  /**
   * The analysis over this searcher, sharing document frequencies with earlier requests on the
   * same index reader (a new reader, after a commit, starts a new cache).
   */
  private Analysis analysis(SolrIndexSearcher searcher) {
    Object key = searcher.getIndexReader().getReaderCacheHelper() == null ? searcher
        : searcher.getIndexReader().getReaderCacheHelper().getKey();
    Map<String, Integer> cache = docFreqs;
    if (key != cachedReader || cache.size() > DOC_FREQ_CACHE) {
      cache = new ConcurrentHashMap<>();
      docFreqs = cache;
      cachedReader = key;
    }
    return new Analysis(searcher, cache);
  }
}
