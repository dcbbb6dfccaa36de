package org.polka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.polka.catalog.Catalog;
import org.polka.ingest.Extractor;
import org.polka.ingest.Ingester;
import org.polka.ingest.Readers;
import org.polka.ingest.references.ReferenceExtractor;
import org.polka.ingest.repair.Lexicon;
import org.polka.search.SearchIndex;
import org.polka.select.Latent;
import org.polka.select.SavedLists;
import org.polka.select.Selector;
import org.polka.select.Signer;

/**
 * One library on disk: the catalog (source of truth), the search index derived from it, and the
 * stored original files, all under one data folder.
 *
 * <p>This is the composition root: it builds the parts and hands them to each other.
 */
public final class Library implements AutoCloseable {
  /** How long one document may take to read before its reader is abandoned. */
  public static final Duration DOCUMENT_TIME_LIMIT = Duration.ofSeconds(60);

  private final Path dataDir;
  private final Catalog catalog;
  private final SearchIndex index;
  private final Extractor extractor;
  private final Ingester ingester;
  private final Selector selector;
  private final SavedLists lists;
  private final Latent latent;

  private Library(Path dataDir, Catalog catalog, SearchIndex index) {
    this.dataDir = dataDir;
    this.catalog = catalog;
    this.index = index;
    Lexicon lexicon = Lexicon.load();
    ReferenceExtractor references = ReferenceExtractor.standard();
    this.extractor = new Extractor(Readers.all(lexicon, references), DOCUMENT_TIME_LIMIT);
    this.latent = new Latent(catalog, index.signatureVersion(), dataDir.resolve("vectors"));
    this.ingester = new Ingester(catalog, index, filesDir(), extractor,
        () -> latent.refresh(false, line -> { }), latent::deleted);
    this.selector = new Selector(index, catalog, latent);
    this.lists = new SavedLists(dataDir.resolve("lists"));
  }

  /** Opens (creating if needed) the library in the data folder. */
  public static Library open(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    Catalog catalog = Catalog.openSqlite(dir.resolve("catalog.db"));
    try {
      SearchIndex index = SearchIndex.openEmbedded(dir.resolve("index"), new Signer());
      try {
        catalog.signatures().useVersion(index.signatureVersion());
      } catch (RuntimeException e) {
        index.close();
        throw e;
      }
      return new Library(dir, catalog, index);
    } catch (RuntimeException e) {
      catalog.close();
      throw e;
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Where original files are kept, by content hash. */
  public Path filesDir() {
    return dataDir.resolve("files");
  }

  public Catalog catalog() {
    return catalog;
  }

  public SearchIndex index() {
    return index;
  }

  public Ingester ingester() {
    return ingester;
  }

  /** The literature selection service (reading lists, similar articles). */
  public Selector selector() {
    return selector;
  }

  /** The latent vectors and their nearest-neighbour index. */
  public Latent latent() {
    return latent;
  }

  /** Saved reading lists. */
  public SavedLists lists() {
    return lists;
  }

  /**
   * Rebuilds the search index from the catalog and brings the latent vectors up to date (a model
   * is fitted only when one is due, see {@link Latent}); returns the number of articles indexed.
   */
  public long reindex(Consumer<String> progress) {
    long n = ingester.reindex(progress);
    latent.refresh(false, progress);
    return n;
  }

  /**
   * Brings the latent vectors up to date: fits a model if one is due (always when {@code refit})
   * and folds in the articles without a current vector.
   */
  public void refreshLatent(boolean refit, Consumer<String> progress) {
    latent.refresh(refit, progress);
  }

  @Override
  public void close() {
    try {
      extractor.close();
      latent.close();
      index.close();
    } finally {
      catalog.close();
    }
  }
}
