package org.polka.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.polka.article.Article;
import org.polka.catalog.Catalog;
import org.polka.catalog.StoredArticle;
import org.polka.search.SearchIndex;

/**
 * Puts files into the library: reads them, stores the records in the catalog, indexes them.
 *
 * <p>Records are stored in batches, each batch one catalog transaction, and then indexed; the index
 * is soft-committed once at the end (each batch is searchable within a second of being stored). One bad file or record never stops the batch: it becomes a failure
 * in the {@link IngestReport}, and everything stored before it stays stored.
 */
public final class Ingester {
  private static final int BATCH = 250;

  private final Catalog catalog;
  private final SearchIndex index;
  private final Path filesDir;
  private final Extractor extractor;
  private final Runnable afterChanges;
  private final LongConsumer afterDelete;

  /** An ingester that reads files with {@code extractor}. */
  public Ingester(Catalog catalog, SearchIndex index, Path filesDir, Extractor extractor) {
    this(catalog, index, filesDir, extractor, () -> { });
  }

  /**
   * An ingester that also runs {@code afterChanges} once an ingest has indexed what it changed
   * (e.g. to make the derived data that needs the kept signatures); not after a catalog-only load,
   * which a rebuild completes.
   */
  public Ingester(Catalog catalog, SearchIndex index, Path filesDir, Extractor extractor,
      Runnable afterChanges) {
    this(catalog, index, filesDir, extractor, afterChanges, id -> { });
  }

  /**
   * An ingester that also runs {@code afterChanges} as above, and {@code afterDelete} with the id
   * of each deleted article once the index has forgotten it (for derived data kept elsewhere).
   */
  public Ingester(Catalog catalog, SearchIndex index, Path filesDir, Extractor extractor,
      Runnable afterChanges, LongConsumer afterDelete) {
    this.catalog = catalog;
    this.index = index;
    this.filesDir = filesDir;
    this.extractor = extractor;
    this.afterChanges = afterChanges;
    this.afterDelete = afterDelete;
  }

  /**
   * Ingests files and folders (folders recursively), reporting progress lines (files, records,
   * rate, ETA) to the consumer about once a second, and returns what was done.
   */
  public synchronized IngestReport ingest(List<Path> paths, Consumer<String> progress) {
    return ingest(paths, false, progress);
  }

  /**
   * Ingests as {@link #ingest(List, Consumer)} does; with {@code splitIssue} every PDF is read as a
   * whole journal issue and each of its articles becomes a record.
   */
  public synchronized IngestReport ingest(List<Path> paths, boolean splitIssue,
      Consumer<String> progress) {
    return load(paths, new ReadOptions(splitIssue), IndexFeeder.Mode.INCREMENTAL, progress);
  }

  /**
   * Stores files and folders in the catalog without indexing them: the first half of a bulk load,
   * which a {@link #reindex} completes. Same batches, transactions and report as {@link #ingest};
   * the term signatures the index will need are made and kept on the way.
   */
  public synchronized IngestReport catalogOnly(List<Path> paths, Consumer<String> progress) {
    return load(paths, ReadOptions.DEFAULT, IndexFeeder.Mode.SIGN_ONLY, progress);
  }

  private IngestReport load(List<Path> paths, ReadOptions options, IndexFeeder.Mode mode,
      Consumer<String> progress) {
    try (IndexFeeder feeder = new IndexFeeder(index, mode, catalog.signatures())) {
      Run run = new Run(progress, feeder::add, options);
      readAll(paths, run);
      String indexFailure = feeder.finish();
      if (indexFailure != null) {
        run.fail("search index", indexFailure);
      }
      run.progress.finish();
      if (mode == IndexFeeder.Mode.INCREMENTAL) {
        afterChanges.run();
      }
      return new IngestReport(run.added, run.updated, run.unchanged, run.failures);
    }
  }

  private void readAll(List<Path> paths, Run run) {
    List<Path> files = expand(paths, run);
    run.progress.start(files);
    for (Path file : files) {
      ingestFile(file, run);
      run.progress.fileDone(file);
    }
  }

  /**
   * Rebuilds the search index from the catalog, the source of truth, reporting progress lines;
   * returns the number of articles indexed. Searches see an empty index until it finishes.
   */
  public synchronized long reindex(Consumer<String> progress) {
    index.deleteAll();
    long total = catalog.count();
    long[] done = {0};
    try (IndexFeeder feeder = new IndexFeeder(index, IndexFeeder.Mode.REBUILD,
        catalog.signatures())) {
      catalog.scan(BATCH, batch -> {
        feeder.add(batch);
        done[0] += batch.size();
        progress.accept("reindex: %d/%d".formatted(done[0], total));
      });
      String failure = feeder.finish();
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
    }
    return done[0];
  }

  /**
   * Stores records that arrive already read (a page of a harvest) in one catalog transaction,
   * indexes the ones that changed and commits the index, so the page is durable in both when this
   * returns. A batch the catalog refuses is stored record by record; {@code location} names the
   * records in failures (e.g. the page's URL) as {@code location #n}.
   */
  public synchronized IngestReport ingestRecords(List<Article> records, String location) {
    List<Catalog.Incoming> batch = records.stream().map(a -> new Catalog.Incoming(a, null, null))
        .toList();
    List<Catalog.PutResult> results = new ArrayList<>();
    List<IngestReport.Failure> failures = new ArrayList<>();
    try {
      results.addAll(catalog.put(batch));
    } catch (RuntimeException batchFailed) {
      for (int i = 0; i < batch.size(); i++) {
        try {
          results.addAll(catalog.put(List.of(batch.get(i))));
        } catch (RuntimeException e) {
          failures.add(new IngestReport.Failure(location + " #" + (i + 1), "not stored: " + e.getMessage()));
        }
      }
    }
    long[] counts = new long[Catalog.Change.values().length];
    results.forEach(r -> counts[r.change().ordinal()]++);
    List<StoredArticle> changed = results.stream()
        .filter(r -> r.change() != Catalog.Change.UNCHANGED).map(Catalog.PutResult::stored).toList();
    if (!changed.isEmpty()) {
      catalog.signatures().keep(index.add(changed));
      index.commit();
      afterChanges.run();
    }
    return new IngestReport(counts[Catalog.Change.ADDED.ordinal()],
        counts[Catalog.Change.UPDATED.ordinal()], counts[Catalog.Change.UNCHANGED.ordinal()], failures);
  }

  /**
   * Deletes an article: the catalog keeps a tombstone (harvesters see the deletion) and the search
   * index forgets it at once.
   *
   * @return whether there was a live article with this id
   */
  public synchronized boolean delete(long id) {
    boolean deleted = catalog.delete(id);
    index.delete(id);
    index.commit();
    afterDelete.accept(id);
    return deleted;
  }

  private void ingestFile(Path file, Run run) {
    FileHash fileHash = new FileHash(file);
    List<Pending> fromFile = new ArrayList<>();
    extractor.extract(file, run.options, new ReadSink() {
      @Override
      public void record(Article article, String location) {
        fromFile.add(new Pending(article, location));
        if (fromFile.size() >= BATCH) {
          store(List.copyOf(fromFile), file, fileHash, run);
          fromFile.clear();
        }
      }

      @Override
      public void problem(String location, String reason) {
        run.fail(file.getParent() == null ? location : file.getParent().resolve(location).toString(),
            reason);
      }
    });
    store(fromFile, file, fileHash, run);
  }

  private record Pending(Article article, String location) {}

  /**
   * The SHA-256 of a file, computed when first asked: only a single-document file is identified by
   * its hash, so a multi-record file (a JSONL corpus of gigabytes) is never read twice for it.
   */
  private static final class FileHash {
    private final Path file;
    private String hash;

    FileHash(Path file) {
      this.file = file;
    }

    String get() throws IOException {
      if (hash == null) {
        hash = sha256(file);
      }
      return hash;
    }
  }

  private void store(List<Pending> pending, Path file, FileHash fileHash, Run run) {
    if (pending.isEmpty()) {
      return;
    }
    boolean singleDocument = pending.size() == 1 && !isMultiRecord(pending.get(0).article());
    List<Catalog.Incoming> batch = new ArrayList<>();
    for (Pending p : pending) {
      if (singleDocument) {
        String hash;
        try {
          hash = fileHash.get();
        } catch (IOException e) {
          run.fail(file.toString(), "cannot read file: " + e.getMessage());
          return;
        }
        batch.add(new Catalog.Incoming(p.article(), hash, keepOriginal(file, hash, run)));
      } else {
        batch.add(new Catalog.Incoming(p.article(), null, null));
      }
    }
    List<Catalog.PutResult> results = putEach(batch, pending, file, run);
    List<StoredArticle> changed = new ArrayList<>();
    for (Catalog.PutResult r : results) {
      switch (r.change()) {
        case ADDED -> run.added++;
        case UPDATED -> run.updated++;
        case UNCHANGED -> run.unchanged++;
      }
      if (r.change() != Catalog.Change.UNCHANGED) {
        changed.add(r.stored());
      }
    }
    run.progress.records(results.size());
    if (!changed.isEmpty()) {
      run.stored.accept(changed);
    }
  }

  /**
   * Stores the batch in one transaction; if the catalog refuses it, stores the records one by one
   * so that only the record it refuses fails.
   */
  private List<Catalog.PutResult> putEach(List<Catalog.Incoming> batch, List<Pending> pending,
      Path file, Run run) {
    try {
      return catalog.put(batch);
    } catch (RuntimeException batchFailed) {
      List<Catalog.PutResult> results = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        try {
          results.addAll(catalog.put(List.of(batch.get(i))));
        } catch (RuntimeException e) {
          run.fail(file.resolveSibling(pending.get(i).location()).toString(),
              "not stored: " + e.getMessage());
        }
      }
      return results;
    }
  }

  private static boolean isMultiRecord(Article a) {
    return a.source() != null && "jsonl".equals(a.source().format());
  }

  /** Copies the original file under files/ by content hash; returns its path relative to files/. */
  private String keepOriginal(Path file, String hash, Run run) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    String relative = hash.substring(0, 2) + "/" + hash + ext;
    Path target = filesDir.resolve(relative);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "incoming", ".tmp");
        Files.copy(file, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return relative;
    } catch (IOException e) {
      run.fail(file.toString(), "record stored, but the original file could not be kept: " + e);
      return null;
    }
  }

  private static List<Path> expand(List<Path> paths, Run run) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          run.fail(p.toString(), "cannot list folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        run.fail(p.toString(), "no such file or folder");
      }
    }
    return files;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The counts and failures of one run. */
  private static final class Run {
    final IngestProgress progress;
    final Consumer<List<StoredArticle>> stored;
    final ReadOptions options;
    long added;
    long updated;
    long unchanged;
    final List<IngestReport.Failure> failures = new ArrayList<>();

    Run(Consumer<String> out, Consumer<List<StoredArticle>> stored, ReadOptions options) {
      this.progress = new IngestProgress(out);
      this.stored = stored;
      this.options = options;
    }

    void fail(String location, String reason) {
      failures.add(new IngestReport.Failure(location, reason));
      progress.failed(location, reason);
    }

  }
}
