package org.polka.catalog;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latent (LSA) model and the per-article latent vectors the catalog keeps (see
 * {@code select/Latent}): derived data, like the term signatures. One model is current at a time;
 * an article's vector counts only while it was made with the current model's version, so a new
 * model makes every older vector stale at once.
 */
public final class Latents {
  private static final String FACETS = "year, discipline, language";
  private static final String SIGNED = "id, signature, " + FACETS;

  private final Database db;

  Latents(Database db) {
    this.db = db;
  }

  /**
   * The current model's identity.
   *
   * @param version its version (a new model gets a higher one)
   * @param signatureVersion the version of the term signatures it was fitted on
   */
  public record Model(long version, String signatureVersion, int articles) {}

  /** An article's kept signature, for fitting or folding in, and the facts limits filter on. */
  public record Signed(long articleId, String signature, Facets facets) {}

  /**
   * The facts of an article a reader's limits filter on that the catalog keeps in columns (the
   * licence is only in the record's JSON: reading it would parse every record).
   */
  public record Facets(Integer year, String discipline, String language) {}

  /** An article's latent vector and its facts, for the nearest-neighbour index. */
  public record Vector(long articleId, float[] vector, Facets facets) {}

  /** The current model, if one was fitted. */
  public Optional<Model> model() {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT version, signature_version,"
          + " articles FROM latent_model ORDER BY version DESC LIMIT 1");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Model(rs.getLong(1), rs.getString(2), rs.getInt(3)))
            : Optional.<Model>empty();
      }
    });
  }

  /** The bytes of the model of that version (empty once another has replaced it). */
  public Optional<byte[]> modelBytes(long version) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT model FROM latent_model WHERE version=?")) {
        ps.setLong(1, version);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
        }
      }
    });
  }

  /**
   * Stores a new current model (replacing the old one), fitted when the library held
   * {@code articles} signed articles, and marks every article's vector as still to be made;
   * returns the new model's version.
   */
  public long replaceModel(String signatureVersion, int articles, byte[] model) {
    return db.inTransaction(c -> {
      long version;
      try (var st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM latent_model")) {
        version = rs.getLong(1);
      }
      try (var st = c.createStatement()) {
        st.executeUpdate("DELETE FROM latent_model");
        st.executeUpdate("UPDATE article SET latent=NULL, latent_version=NULL"
            + " WHERE latent_version IS NOT NULL");
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO latent_model"
          + " (version, signature_version, articles, made_at, model) VALUES (?, ?, ?, ?, ?)")) {
        ps.setLong(1, version);
        ps.setString(2, signatureVersion);
        ps.setInt(3, articles);
        ps.setString(4, Instant.now().toString());
        ps.setBytes(5, model);
        ps.executeUpdate();
      }
      return version;
    });
  }

  /** Live articles with a kept signature. */
  public int signedCount() {
    return db.read(c -> {
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
          "SELECT COUNT(*) FROM article WHERE signature IS NOT NULL AND " + Catalog.LIVE)) {
        return rs.getInt(1);
      }
    });
  }

  /**
   * A deterministic sample of at most {@code max} live articles with signatures: every n-th in id
   * order, spread over the whole library (ids are read first, signatures only for the sample).
   */
  public List<Signed> sample(int max) {
    List<Long> ids = db.read(c -> {
      List<Long> all = new ArrayList<>();
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM article"
          + " WHERE signature IS NOT NULL AND " + Catalog.LIVE + " ORDER BY id")) {
        while (rs.next()) {
          all.add(rs.getLong(1));
        }
      }
      return all;
    });
    double step = Math.max(1.0, ids.size() / (double) max);
    List<Long> picked = new ArrayList<>();
    for (double i = 0; i < ids.size() && picked.size() < max; i += step) {
      picked.add(ids.get((int) i));
    }
    List<Signed> out = new ArrayList<>();
    for (int from = 0; from < picked.size(); from += 500) {
      List<Long> part = picked.subList(from, Math.min(picked.size(), from + 500));
      out.addAll(db.read(c -> signed(c, "SELECT " + SIGNED + " FROM article WHERE id IN ("
          + marks(part.size()) + ") ORDER BY id", part)));
    }
    return out;
  }

  /** Up to {@code limit} live articles after {@code afterId} whose vector is still to be made. */
  public List<Signed> todo(long afterId, int limit) {
    return db.read(c -> signed(c, "SELECT " + SIGNED + " FROM article WHERE id > ?"
        + " AND signature IS NOT NULL AND latent_version IS NULL AND " + Catalog.LIVE
        + " ORDER BY id LIMIT ?", List.of(afterId, (long) limit)));
  }

  /**
   * Keeps vectors made with the model of the given version (a vector of an empty fold-in is kept
   * as an empty blob, so the article is not tried again); none are kept once the model changed.
   */
  public void keep(long version, Map<Long, float[]> vectors) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE article SET latent=?,"
          + " latent_version=? WHERE id=? AND EXISTS (SELECT 1 FROM latent_model WHERE version=?)")) {
        for (Map.Entry<Long, float[]> e : vectors.entrySet()) {
          ps.setBytes(1, bytes(e.getValue()));
          ps.setLong(2, version);
          ps.setLong(3, e.getKey());
          ps.setLong(4, version);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  /** The current vectors of those of the articles that have one, by id. */
  public Map<Long, float[]> vectors(Collection<Long> ids) {
    Map<Long, float[]> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Long> list = List.copyOf(ids);
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, latent FROM article WHERE id IN ("
          + marks(list.size()) + ") AND latent_version = (SELECT MAX(version) FROM latent_model)")) {
        for (int i = 0; i < list.size(); i++) {
          ps.setLong(i + 1, list.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            float[] v = floats(rs.getBytes(2));
            if (v.length > 0) {
              out.put(rs.getLong(1), v);
            }
          }
        }
      }
      return out;
    });
  }

  /**
   * Up to {@code limit} live articles after {@code afterId} with a non-empty vector of the model
   * of that version, in id order (to rebuild the nearest-neighbour index).
   */
  public List<Vector> current(long version, long afterId, int limit) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT id, latent, " + FACETS
          + " FROM article WHERE id > ? AND latent_version = ? AND " + Catalog.LIVE
          + " ORDER BY id LIMIT ?")) {
        ps.setLong(1, afterId);
        ps.setLong(2, version);
        ps.setInt(3, limit);
        List<Vector> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            float[] v = floats(rs.getBytes(2));
            if (v.length > 0) {
              out.add(new Vector(rs.getLong(1), v, facets(rs)));
            }
          }
        }
        return out;
      }
    });
  }

  private static Facets facets(ResultSet rs) throws java.sql.SQLException {
    int year = rs.getInt(3);
    return new Facets(rs.wasNull() ? null : year, rs.getString(4), rs.getString(5));
  }

  private static List<Signed> signed(java.sql.Connection c, String sql, List<Long> args)
      throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setLong(i + 1, args.get(i));
      }
      List<Signed> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Signed(rs.getLong(1), rs.getString(2), facets(rs)));
        }
      }
      return out;
    }
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  static byte[] bytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length);
    for (float x : v) {
      b.putFloat(x);
    }
    return b.array();
  }

  static float[] floats(byte[] bytes) {
    if (bytes == null) {
      return new float[0];
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    float[] v = new float[bytes.length / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }
}
