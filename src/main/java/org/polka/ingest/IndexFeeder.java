package org.polka.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.polka.catalog.Signatures;
import org.polka.catalog.StoredArticle;
import org.polka.search.SearchIndex;

/**
 * Indexes stored batches on background threads (one per core), so reading and storing the next
 * batch overlaps with analysing the last ones; text analysis is most of an ingest's work. When a
 * few batches wait, the caller indexes the next one itself.
 *
 * <p>An {@link Mode#INCREMENTAL} feeder (ingest) makes each batch searchable within a second and
 * ends with a soft commit, leaving durability to the index's periodic hard commit; a
 * {@link Mode#REBUILD} adds into an emptied index (no replacing by id) and ends with a hard
 * commit; {@link Mode#SIGN_ONLY} (a bulk load into the catalog) indexes nothing and only makes the
 * term signatures the catalog keeps.
 */
final class IndexFeeder implements AutoCloseable {
  private final SearchIndex index;
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  private final ThreadPoolExecutor worker = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(4), r -> {
        Thread t = new Thread(r, "polka-indexer");
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.CallerRunsPolicy());
  private final List<Future<?>> pending = new ArrayList<>();

  /** What a feeder does with each batch. */
  enum Mode { INCREMENTAL, REBUILD, SIGN_ONLY }

  private final Mode mode;
  private final Signatures signatures;

  /**
   * A feeder into the index; the signatures the index makes for articles that came without one are
   * handed to the catalog's {@code signatures} to keep.
   */
  IndexFeeder(SearchIndex index, Mode mode, Signatures signatures) {
    this.index = index;
    this.mode = mode;
    this.signatures = signatures;
  }

  /** Queues the articles for indexing. */
  void add(List<StoredArticle> articles) {
    pending.add(worker.submit(() -> {
      signatures.keep(switch (mode) {
        case INCREMENTAL -> index.addVisibleSoon(articles);
        case REBUILD -> index.addNew(articles);
        case SIGN_ONLY -> index.sign(articles);
      });
    }));
    pending.removeIf(Future::isDone);
  }

  /**
   * Waits for every queued batch and commits the index (softly when incremental).
   *
   * @return null when all went well, else what failed (the catalog keeps the records; a
   *     {@code polka reindex} indexes them)
   */
  String finish() {
    String failure = null;
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (ExecutionException e) {
        failure = "indexing failed (the catalog has the records; run `polka reindex`): "
            + e.getCause().getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted while indexing";
      }
    }
    pending.clear();
    switch (mode) {
      case INCREMENTAL -> index.publish();
      case REBUILD -> index.commit();
      case SIGN_ONLY -> { }
    }
    return failure;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
