package org.polka.select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.polka.catalog.Latents;

/**
 * The nearest-neighbour index of the library's latent vectors: a Lucene HNSW graph in its own
 * directory, with the facts a reader's limits filter on (year, discipline, language: not the
 * licence, which the catalog keeps only inside the record, so an "open only" limit is applied to
 * the neighbours afterwards, in the search index).
 * Derived data, like the search index: written in batches where {@link Latent} folds vectors in,
 * rebuilt from the catalog when its model changed or it fell behind, never on the request path.
 *
 * <p>Its commit records the model version it holds and whether it is in step with the catalog
 * ({@code synced}); a run that writes marks it out of step first, so a run cut short leaves it
 * marked for a rebuild.
 */
final class VectorIndex implements AutoCloseable {
  /** The vector field. */
  static final String FIELD = "latent";
  /** Indexing buffer: a million 100-float vectors and their graph in a few flushes. */
  static final double BUFFER_MB = 256;

  private final Path dir;
  private IndexWriter writer;
  private SearcherManager searchers;

  /** The index in this directory (opened when first written, or read when it exists). */
  VectorIndex(Path dir) {
    this.dir = dir;
  }

  /** The state a commit recorded: the model version held and whether it is in step. */
  record State(long model, boolean synced) {
    static final State NONE = new State(0, false);
  }

  /** The recorded state; {@link State#NONE} when the index does not exist. */
  synchronized State state() {
    if (writer == null && !Files.isDirectory(dir)) {
      return State.NONE;
    }
    Iterable<Map.Entry<String, String>> live = open().getLiveCommitData();
    Map<String, String> data = live == null ? Map.of() : toMap(live);
    return data.containsKey("model") ? new State(Long.parseLong(data.get("model")),
        Boolean.parseBoolean(data.get("synced"))) : State.NONE;
  }

  /** Empties the index for vectors of this model version, marked out of step. */
  synchronized void reset(long model) {
    try {
      open().deleteAll();
      commit(model, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reset the vector index", e);
    }
  }

  /** Records the state (committing what was written). */
  synchronized void commit(long model, boolean synced) {
    try {
      open().setLiveCommitData(Map.of("model", String.valueOf(model), "synced",
          String.valueOf(synced)).entrySet());
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the vector index", e);
    }
  }

  /** Adds or replaces the vectors of these articles (an empty vector only removes the old one). */
  synchronized void put(Collection<Latents.Vector> vectors) {
    try {
      IndexWriter w = open();
      for (Latents.Vector v : vectors) {
        Term id = new Term("id", String.valueOf(v.articleId()));
        if (v.vector().length == 0) {
          w.deleteDocuments(id);
        } else {
          w.updateDocument(id, document(v));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the vector index", e);
    }
  }

  /** Removes an article's vector and commits, keeping the recorded state. */
  synchronized void delete(long articleId) {
    State state = state();
    if (state == State.NONE) {
      return;
    }
    try {
      writer.deleteDocuments(new Term("id", String.valueOf(articleId)));
      commit(state.model(), state.synced());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the vector index", e);
    }
  }

  /**
   * The ids of the {@code k} articles whose vectors are nearest to this one among those passing
   * the filters (all when none), leaving out the excluded ids; empty when there is no index.
   */
  List<Long> near(float[] vector, int k, List<Query> filters, Collection<Long> exclude) {
    SearcherManager manager;
    synchronized (this) {
      if (state() == State.NONE) {
        return List.of();
      }
      manager = searchers;
    }
    Query filter = null;
    if (!filters.isEmpty()) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      filters.forEach(f -> b.add(f, Occur.FILTER));
      filter = b.build();
    }
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(FIELD, vector,
            k + exclude.size(), filter), k + exclude.size()).scoreDocs;
        List<Long> out = new ArrayList<>(hits.length);
        for (ScoreDoc d : hits) {
          long id = Long.parseLong(searcher.storedFields().document(d.doc).get("id"));
          if (!exclude.contains(id) && out.size() < k) {
            out.add(id);
          }
        }
        return out;
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the vector index", e);
    }
  }

  /** Vectors held. */
  synchronized int size() {
    return state() == State.NONE ? 0 : writer.getDocStats().numDocs;
  }

  private static Document document(Latents.Vector v) {
    Document doc = new Document();
    doc.add(new StringField("id", String.valueOf(v.articleId()), Store.YES));
    doc.add(new KnnFloatVectorField(FIELD, v.vector(), VectorSimilarityFunction.DOT_PRODUCT));
    Latents.Facets f = v.facets();
    if (f.year() != null) {
      doc.add(new IntPoint("year", f.year()));
    }
    if (f.discipline() != null) {
      doc.add(new StringField("discipline", f.discipline(), Store.NO));
    }
    if (f.language() != null) {
      doc.add(new StringField("language", f.language(), Store.NO));
    }
    return doc;
  }

  private IndexWriter open() {
    if (writer == null) {
      try {
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(BUFFER_MB)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(FSDirectory.open(dir), config);
        searchers = new SearcherManager(writer, null);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the vector index in " + dir, e);
      }
    }
    return writer;
  }

  private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> data) {
    Map<String, String> out = new java.util.HashMap<>();
    data.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  @Override
  public synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the vector index", e);
    }
  }
}
