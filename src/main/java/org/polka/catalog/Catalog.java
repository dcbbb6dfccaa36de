package org.polka.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.polka.article.Article;
import org.polka.article.ArticleJson;

/**
 * The library's source of truth: articles in a relational database (SQLite by default).
 *
 * <p>An incoming record is matched to a stored one by DOI, then by source and source id, then by
 * content hash; a match with the same record is "unchanged", a match with a different one is
 * "updated". Each {@link #put} batch is one transaction: it is stored whole or not at all.
 */
public final class Catalog implements AutoCloseable {
  static final String COLUMNS = "id, record_json, content_hash, file, views, downloads, added_at, updated_at";

  private static final String EXISTING =
      "id, record_hash, file, views, downloads, added_at, updated_at, deleted_at";

  /** The condition that leaves out deleted articles (tombstones). */
  static final String LIVE = "deleted_at IS NULL";

  private final Database db;
  private final CatalogChanges changes;
  private final HarvestSources harvestSources;
  private final Signatures signatures;
  private final Latents latents;

  private Catalog(Database db) {
    this.db = db;
    this.changes = new CatalogChanges(db);
    this.harvestSources = new HarvestSources(db);
    this.signatures = new Signatures(db);
    this.latents = new Latents(db);
  }

  /** Opens (creating and migrating if needed) the SQLite catalog in the given file. */
  public static Catalog openSqlite(Path file) {
    return new Catalog(Database.sqlite(file));
  }

  /** What a {@link #put} did with one record. */
  public enum Change { ADDED, UPDATED, UNCHANGED }

  /** The outcome of storing one record: what changed, and the article as now stored. */
  public record PutResult(Change change, StoredArticle stored) {
    public long id() {
      return stored.id();
    }
  }

  /**
   * One record to store, with the hash of the input it was read from (null: the record itself is
   * the input, as for a JSONL line) and the stored original file (or null).
   */
  public record Incoming(Article article, String contentHash, String file) {}

  /** Stores a batch of records in one transaction; results come back in input order. */
  public List<PutResult> put(List<Incoming> batch) {
    return db.inTransaction(c -> {
      List<PutResult> results = new ArrayList<>(batch.size());
      for (Incoming in : batch) {
        results.add(putOne(c, in));
      }
      return results;
    });
  }

  private PutResult putOne(Connection c, Incoming in) throws SQLException {
    Article a = in.article();
    String json = ArticleJson.write(a);
    String recordHash = RecordKeys.sha256(json);
    String contentHash = in.contentHash() == null ? recordHash : in.contentHash();
    Optional<Existing> existing = findExisting(c, a, contentHash);
    Instant now = Instant.now();
    long views = a.views() == null ? 0 : a.views();
    long downloads = a.downloads() == null ? 0 : a.downloads();
    if (existing.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO article (source, source_id, doi, url, content_hash, record_hash, title, language,
            discipline, journal, year, record_json, file, views, downloads, added_at, updated_at)
          VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")) {
        bindRecord(ps, a, contentHash, recordHash, json, in.file());
        ps.setLong(14, views);
        ps.setLong(15, downloads);
        ps.setString(16, now.toString());
        ps.setString(17, now.toString());
        ps.executeUpdate();
      }
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
        rs.next();
        return new PutResult(Change.ADDED,
            new StoredArticle(rs.getLong(1), a, contentHash, in.file(), views, downloads, now, now));
      }
    }
    Existing old = existing.get();
    if (recordHash.equals(old.recordHash()) && !old.deleted()) {
      return new PutResult(Change.UNCHANGED, new StoredArticle(old.id(), a, contentHash,
          old.file(), old.views(), old.downloads(), old.added(), old.updated()));
    }
    try (PreparedStatement ps = c.prepareStatement("""
        UPDATE article SET source=?, source_id=?, doi=?, url=?, content_hash=?, record_hash=?, title=?,
          language=?, discipline=?, journal=?, year=?, record_json=?, file=COALESCE(?, file),
          views=MAX(views, ?), downloads=MAX(downloads, ?), updated_at=?, deleted_at=NULL,
          signature=NULL
        WHERE id=?""")) {
      bindRecord(ps, a, contentHash, recordHash, json, in.file());
      ps.setLong(14, views);
      ps.setLong(15, downloads);
      ps.setString(16, now.toString());
      ps.setLong(17, old.id());
      ps.executeUpdate();
    }
    return new PutResult(Change.UPDATED, new StoredArticle(old.id(), a, contentHash,
        in.file() != null ? in.file() : old.file(), Math.max(views, old.views()),
        Math.max(downloads, old.downloads()), old.added(), now));
  }

  private static void bindRecord(PreparedStatement ps, Article a, String contentHash,
      String recordHash, String json, String file) throws SQLException {
    var origin = a.origin();
    ps.setString(1, origin == null ? null : origin.source());
    ps.setString(2, origin == null ? null : origin.sourceId());
    ps.setString(3, RecordKeys.normalizeDoi(a.doi()));
    ps.setString(4, origin == null ? null : origin.url());
    ps.setString(5, contentHash);
    ps.setString(6, recordHash);
    ps.setString(7, a.title());
    ps.setString(8, a.language());
    ps.setString(9, a.discipline());
    ps.setString(10, a.journal() == null ? null : a.journal().title());
    if (a.year() == null) {
      ps.setNull(11, java.sql.Types.INTEGER);
    } else {
      ps.setInt(11, a.year());
    }
    ps.setString(12, json);
    ps.setString(13, file);
  }

  private record Existing(long id, String recordHash, String file, long views, long downloads,
      Instant added, Instant updated, boolean deleted) {}

  /** Finds the stored row matching the record's identity: DOI, else source id, else content hash. */
  private static Optional<Existing> findExisting(Connection c, Article a, String contentHash)
      throws SQLException {
    String doi = RecordKeys.normalizeDoi(a.doi());
    if (doi != null) {
      Optional<Existing> hit = first(c, "SELECT " + EXISTING + " FROM article WHERE doi=?", doi);
      if (hit.isPresent()) {
        return hit;
      }
    }
    var origin = a.origin();
    if (origin != null && origin.sourceId() != null) {
      Optional<Existing> hit = first(c,
          "SELECT " + EXISTING + " FROM article WHERE source IS ? AND source_id=?",
          origin.source(), origin.sourceId());
      if (hit.isPresent()) {
        return hit;
      }
      return Optional.empty();
    }
    return first(c, "SELECT " + EXISTING + " FROM article WHERE content_hash=?", contentHash);
  }

  private static Optional<Existing> first(Connection c, String sql, String... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Existing(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getLong(4), rs.getLong(5), Instant.parse(rs.getString(6)),
            Instant.parse(rs.getString(7)), rs.getString(8) != null))
            : Optional.empty();
      }
    }
  }

  /** The article with this id. */
  public Optional<StoredArticle> get(long id) {
    return db.read(c -> one(c, "SELECT " + COLUMNS + " FROM article WHERE id=? AND " + LIVE, id));
  }

  /** The article ingested with this DOI (compared case-insensitively, with or without a resolver prefix). */
  public Optional<StoredArticle> findByDoi(String doi) {
    String d = RecordKeys.normalizeDoi(doi);
    return d == null ? Optional.empty()
        : db.read(c -> one(c, "SELECT " + COLUMNS + " FROM article WHERE doi=? AND " + LIVE, d));
  }

  /** The article ingested from this source with this source id. */
  public Optional<StoredArticle> findBySource(String source, String sourceId) {
    return db.read(c -> one(c,
        "SELECT " + COLUMNS + " FROM article WHERE source IS ? AND source_id=? AND " + LIVE,
        source, sourceId));
  }

  /** The most recently added articles, newest first. */
  public List<StoredArticle> recent(int limit) {
    return db.read(c -> many(c,
        "SELECT " + COLUMNS + " FROM article WHERE " + LIVE + " ORDER BY added_at DESC, id DESC LIMIT ?",
        limit));
  }

  /**
   * Hands every article to the consumer in id order, in batches of the given size, each with its
   * kept signature (see {@link Signatures}).
   */
  public void scan(int batchSize, Consumer<List<StoredArticle>> consumer) {
    long after = 0;
    while (true) {
      long from = after;
      List<StoredArticle> batch = db.read(c -> Signatures.rows(c, from, batchSize));
      if (batch.isEmpty()) {
        return;
      }
      consumer.accept(batch);
      after = batch.get(batch.size() - 1).id();
    }
  }

  /** Up to {@code limit} articles with ids above {@code afterId}, in id order (for resumable exports). */
  public List<StoredArticle> after(long afterId, int limit) {
    return db.read(c -> many(c,
        "SELECT " + COLUMNS + " FROM article WHERE id > ? ORDER BY id LIMIT ?", afterId, limit));
  }

  /** Id, title and last change of up to {@code limit} articles from row {@code offset} in id order. */
  public List<Listed> listed(long offset, int limit) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, title, updated_at FROM article ORDER BY id LIMIT ? OFFSET ?")) {
        ps.setInt(1, limit);
        ps.setLong(2, offset);
        List<Listed> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Listed(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3))));
          }
        }
        return out;
      }
    });
  }

  /** The number of stored articles. */
  public long count() {
    return db.read(c -> {
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT COUNT(*) FROM article WHERE " + LIVE)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** Counts of articles per value of a catalog column: source, language, discipline, journal or year. */
  public Map<String, Long> countBy(String column) {
    if (!List.of("source", "language", "discipline", "journal", "year").contains(column)) {
      throw new IllegalArgumentException("cannot count by " + column);
    }
    return db.read(c -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT " + column + ", COUNT(*) n FROM article WHERE " + LIVE + " GROUP BY 1 ORDER BY n DESC")) {
        while (rs.next()) {
          counts.put(rs.getString(1) == null ? "(none)" : rs.getString(1), rs.getLong(2));
        }
      }
      return counts;
    });
  }

  /**
   * Deletes an article, leaving a tombstone: it disappears from every lookup and listing, and
   * harvesters see it as deleted from now on. Storing the same record again brings it back.
   *
   * @return whether there was a live article with this id
   */
  public boolean delete(long id) {
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE article SET deleted_at=?, updated_at=? WHERE id=? AND " + LIVE)) {
        String now = Instant.now().toString();
        ps.setString(1, now);
        ps.setString(2, now);
        ps.setLong(3, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /** The catalog as a list of changes in datestamp order, tombstones included (what OAI-PMH serves). */
  public CatalogChanges changes() {
    return changes;
  }

  /** What each harvested OAI-PMH source has already given. */
  public HarvestSources harvestSources() {
    return harvestSources;
  }

  /** The index's term signatures kept beside the records. */
  public Signatures signatures() {
    return signatures;
  }

  /** The latent model and the articles' latent vectors kept beside the records. */
  public Latents latents() {
    return latents;
  }

  /** Adds one to the article's view counter. */
  public void countView(long id) {
    db.inTransaction(c -> bump(c, "views", id));
  }

  /** Adds one to the article's download counter. */
  public void countDownload(long id) {
    db.inTransaction(c -> bump(c, "downloads", id));
  }

  private static int bump(Connection c, String column, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE article SET " + column + " = " + column + " + 1 WHERE id=?")) {
      ps.setLong(1, id);
      return ps.executeUpdate();
    }
  }

  private static Optional<StoredArticle> one(Connection c, String sql, Object... args)
      throws SQLException {
    List<StoredArticle> rows = many(c, sql, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  static List<StoredArticle> many(Connection c, String sql, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    }
  }

  /** The article in the current row of a result whose first columns are {@link #COLUMNS}. */
  static StoredArticle row(ResultSet rs) throws SQLException {
    return new StoredArticle(rs.getLong(1), ArticleJson.read(rs.getString(2)), rs.getString(3),
        rs.getString(4), rs.getLong(5), rs.getLong(6), Instant.parse(rs.getString(7)),
        Instant.parse(rs.getString(8)));
  }

  @Override
  public void close() {
    db.close();
  }
}
