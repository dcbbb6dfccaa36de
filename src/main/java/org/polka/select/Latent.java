package org.polka.select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.polka.catalog.Catalog;
import org.polka.catalog.Latents;

/**
 * The library's latent (LSA) vectors for similar articles: fits the model from kept term
 * signatures and folds every article with a signature into it, in batches, off the request path.
 *
 * <p>When a model is fitted (after an ingest or a {@code polka reindex}): when the library holds at
 * least {@value #MIN_ARTICLES} signed articles and has no model yet, or only one fitted on
 * signatures of another version, or one fitted when it held less than half as many signed articles
 * as now (a model fitted on a library's first thousand articles is not kept for its millionth). A
 * rebuild of an unchanged library keeps its model and vectors. A library below
 * that size ranks similar articles without latent vectors (its vocabulary is too thin for stable
 * dimensions). Between fits, each ingest folds its new and changed articles into the current model.
 * The fit reads a deterministic sample of at most {@value #SAMPLE} articles and keeps at most
 * {@value #MAX_TERMS} terms, so its cost does not grow with the library; folding in is per article.
 */
public final class Latent {
  /** Dimensions of the model. */
  static final int DIMENSIONS = 100;
  /** Signed articles a library needs before a model is fitted for it. */
  public static final int MIN_ARTICLES = 1_000;
  /** Articles sampled for a fit. */
  static final int SAMPLE = 20_000;
  /** Terms kept in the model (those in the most sampled articles). */
  static final int MAX_TERMS = 50_000;
  /** Articles folded in per batch. */
  static final int BATCH = 1_000;
  /** Articles folded in between progress lines (a whole library takes minutes at a million). */
  static final int PROGRESS_EVERY = 100 * BATCH;

  private final Catalog catalog;
  private final String signatureVersion;
  private final int minArticles;
  private final VectorIndex vectors;
  private volatile Fitted last;

  /** A model as read or fitted, with its version (kept so an ingest need not decode it again). */
  private record Fitted(long version, LatentModel model) {}

  /**
   * The latent vectors of the catalog, for signatures of the given version, with their
   * nearest-neighbour index in {@code vectorDir}.
   */
  public Latent(Catalog catalog, String signatureVersion, Path vectorDir) {
    this(catalog, signatureVersion, MIN_ARTICLES, vectorDir);
  }

  /** The latent vectors of the catalog, fitted once it holds {@code minArticles} signed articles. */
  Latent(Catalog catalog, String signatureVersion, int minArticles, Path vectorDir) {
    this.catalog = catalog;
    this.signatureVersion = signatureVersion;
    this.minArticles = minArticles;
    this.vectors = new VectorIndex(vectorDir);
  }

  /**
   * The current model and its nearest-neighbour index, when the library has a model and the
   * index is in step with it (otherwise selection is lexical only).
   */
  Optional<Neighbours> neighbours() {
    Optional<Latents.Model> stored = catalog.latents().model();
    if (stored.isEmpty() || !stored.get().signatureVersion().equals(signatureVersion)) {
      return Optional.empty();
    }
    VectorIndex.State state = vectors.state();
    if (!state.synced() || state.model() != stored.get().version()) {
      return Optional.empty();
    }
    return model(stored.get().version()).map(m -> new Neighbours(m, vectors));
  }

  /** A current model with its nearest-neighbour index. */
  record Neighbours(LatentModel model, VectorIndex index) {}

  /** Forgets a deleted article's vector in the nearest-neighbour index. */
  public void deleted(long articleId) {
    vectors.delete(articleId);
  }

  /** Closes the nearest-neighbour index. */
  public void close() {
    vectors.close();
  }

  /**
   * Fits a model when one is due (always when {@code refit}; see the class) and folds in every
   * article still without a current vector; returns how many were folded in.
   */
  public int refresh(boolean refit, Consumer<String> progress) {
    Latents store = catalog.latents();
    Optional<Latents.Model> stored = store.model();
    int signed = store.signedCount();
    boolean stale = stored.isEmpty() || !stored.get().signatureVersion().equals(signatureVersion)
        || signed >= 2L * stored.get().articles();
    if ((refit || stale) && signed >= minArticles) {
      long t0 = System.nanoTime();
      long cpu0 = cpu();
      List<Signature> sample = store.sample(SAMPLE).stream()
          .map(s -> Signature.decode(s.signature())).toList();
      LatentModel model = LatentModel.fit(sample, DIMENSIONS, MAX_TERMS);
      long version = store.replaceModel(signatureVersion, signed, model.encode());
      last = new Fitted(version, model);
      progress.accept(("latent model %d: %d articles, %d terms, %d dimensions, fitted in %d ms"
          + " (%d ms CPU)").formatted(version, sample.size(), model.terms().size(),
              model.dimensions(), (System.nanoTime() - t0) / 1_000_000, (cpu() - cpu0) / 1_000_000));
      vectors.reset(version);
      return foldIn(version, model, progress);
    }
    if (stored.isEmpty() || stale) {
      return 0;
    }
    long version = stored.get().version();
    Optional<LatentModel> model = model(version);
    if (model.isEmpty()) {
      return 0;
    }
    VectorIndex.State state = vectors.state();
    if (!state.synced() || state.model() != version) {
      rebuildVectors(version, progress);
    }
    return foldIn(version, model.get(), progress);
  }

  /** The model of that version, decoded once and kept. */
  private Optional<LatentModel> model(long version) {
    Fitted known = last;
    if (known == null || known.version() != version) {
      Optional<byte[]> bytes = catalog.latents().modelBytes(version);
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      known = new Fitted(version, LatentModel.decode(bytes.get()));
      last = known;
    }
    return Optional.of(known.model());
  }

  /** Rebuilds the nearest-neighbour index from the vectors the catalog keeps for the model. */
  private void rebuildVectors(long version, Consumer<String> progress) {
    vectors.reset(version);
    long after = 0;
    int done = 0;
    long t0 = System.nanoTime();
    long cpu0 = cpu();
    while (true) {
      List<Latents.Vector> batch = catalog.latents().current(version, after, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      vectors.put(batch);
      done += batch.size();
      after = batch.get(batch.size() - 1).articleId();
      if (done % PROGRESS_EVERY < batch.size()) {
        progress.accept("vector index: %d articles, %d s".formatted(done,
            (System.nanoTime() - t0) / 1_000_000_000));
      }
    }
    vectors.commit(version, true);
    progress.accept("vector index: %d articles indexed in %d ms (%d ms CPU), %d held".formatted(
        done, (System.nanoTime() - t0) / 1_000_000, (cpu() - cpu0) / 1_000_000, vectors.size()));
  }

  private int foldIn(long version, LatentModel model, Consumer<String> progress) {
    Latents store = catalog.latents();
    boolean marked = false;
    long after = 0;
    int done = 0;
    long t0 = System.nanoTime();
    long cpu0 = cpu();
    while (true) {
      List<Latents.Signed> batch = store.todo(after, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      if (!marked) {
        vectors.commit(version, false);
        marked = true;
      }
      Map<Long, float[]> folded = new HashMap<>();
      List<Latents.Vector> indexed = new ArrayList<>();
      batch.forEach(s -> {
        float[] v = model.foldIn(Signature.decode(s.signature()));
        folded.put(s.articleId(), v);
        indexed.add(new Latents.Vector(s.articleId(), v, s.facets()));
      });
      store.keep(version, folded);
      vectors.put(indexed);
      done += batch.size();
      after = batch.get(batch.size() - 1).articleId();
      if (done % PROGRESS_EVERY == 0) {
        progress.accept("latent vectors: %d articles folded in, %d s".formatted(done,
            (System.nanoTime() - t0) / 1_000_000_000));
      }
    }
    if (marked) {
      vectors.commit(version, true);
    }
    if (done > 0) {
      progress.accept("latent vectors: %d articles folded in, %d ms (%d ms CPU)".formatted(done,
          (System.nanoTime() - t0) / 1_000_000, (cpu() - cpu0) / 1_000_000));
    }
    return done;
  }

  /** CPU time of this thread so far, in nanoseconds. */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
