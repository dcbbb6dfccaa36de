package org.polka.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The term signatures the catalog keeps beside its records for the search index (see
 * {@code search/TermSigner}): derived data, made once per record and analyzer, so a rebuild of the
 * index copies them instead of analysing every text again. They are dropped when a record changes
 * and all at once when the index's analysis changes ({@link #useVersion}).
 */
public final class Signatures {
  private static final String VERSION_KEY = "signature_version";

  private final Database db;

  Signatures(Database db) {
    this.db = db;
  }

  /**
   * A signature made for a record as it was at {@code updated}.
   *
   * @param articleId the article's id
   * @param updated the record's last change when the signature was made from it
   * @param signature the signature
   */
  public record Made(long articleId, Instant updated, String signature) {}

  /**
   * Keeps signatures; one whose record has changed since it was made (or was deleted) is dropped.
   *
   * @return how many were kept
   */
  public int keep(Collection<Made> made) {
    if (made.isEmpty()) {
      return 0;
    }
    return db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE article SET signature=?, latent=NULL, latent_version=NULL"
          + " WHERE id=? AND updated_at=? AND deleted_at IS NULL")) {
        for (Made m : made) {
          ps.setString(1, m.signature());
          ps.setLong(2, m.articleId());
          ps.setString(3, m.updated().toString());
          ps.addBatch();
        }
        int kept = 0;
        for (int n : ps.executeBatch()) {
          kept += Math.max(n, 0);
        }
        return kept;
      }
    });
  }

  /**
   * Declares the version of the signatures the index makes now; when it differs from the version
   * the kept ones were made under, they are all dropped (the next rebuild makes them again).
   *
   * @return whether kept signatures were dropped
   */
  public boolean useVersion(String version) {
    return db.inTransaction(c -> {
      String kept;
      try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key=?")) {
        ps.setString(1, VERSION_KEY);
        try (ResultSet rs = ps.executeQuery()) {
          kept = rs.next() ? rs.getString(1) : null;
        }
      }
      if (version.equals(kept)) {
        return false;
      }
      try (var st = c.createStatement()) {
        st.executeUpdate("UPDATE article SET signature=NULL WHERE signature IS NOT NULL");
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value")) {
        ps.setString(1, VERSION_KEY);
        ps.setString(2, version);
        ps.executeUpdate();
      }
      return kept != null;
    });
  }

  /** Up to {@code limit} live articles after {@code afterId} in id order, with kept signatures. */
  static List<StoredArticle> rows(Connection c, long afterId, int limit) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + Catalog.COLUMNS
        + ", signature FROM article WHERE id > ? AND " + Catalog.LIVE + " ORDER BY id LIMIT ?")) {
      ps.setLong(1, afterId);
      ps.setInt(2, limit);
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StoredArticle a = Catalog.row(rs);
          out.add(new StoredArticle(a.id(), a.article(), a.contentHash(), a.file(), a.views(),
              a.downloads(), a.added(), a.updated(), rs.getString(9)));
        }
      }
      return out;
    }
  }
}
