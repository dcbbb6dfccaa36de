package org.polka.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog seen as a list of changes: every article, deleted ones included as tombstones, in
 * order of datestamp (the time its record last changed, to the second) and id. This is what an
 * OAI-PMH provider serves; pages are read with keyset paging, so a page costs the same anywhere in
 * the list.
 */
public final class CatalogChanges {
  private static final List<String> SET_COLUMNS = List.of("journal", "discipline");
  private static final String ENTRY_COLUMNS = Catalog.COLUMNS + ", datestamp, deleted_at";

  private final Database db;

  CatalogChanges(Database db) {
    this.db = db;
  }

  /**
   * One entry of the list.
   *
   * @param stored the article; for a tombstone, the record it had when it was deleted
   * @param datestamp when it last changed (or was deleted), as {@code YYYY-MM-DDThh:mm:ssZ}
   * @param deleted whether the article was deleted
   */
  public record Entry(StoredArticle stored, String datestamp, boolean deleted) {}

  /**
   * Which entries to list.
   *
   * @param from the earliest datestamp, inclusive ({@code YYYY-MM-DDThh:mm:ssZ}), or null
   * @param until the latest datestamp, inclusive, or null
   * @param setColumn {@code journal} or {@code discipline} to select by, or null for all entries
   * @param setValues the column values selected; empty selects every entry that has a value
   */
  public record Selection(String from, String until, String setColumn, List<String> setValues) {
    public Selection {
      if (setColumn != null && !SET_COLUMNS.contains(setColumn)) {
        throw new IllegalArgumentException("cannot select by " + setColumn);
      }
      setValues = setValues == null ? List.of() : List.copyOf(setValues);
    }
  }

  /** Up to {@code limit} entries of the selection that come after the position, in order. */
  public List<Entry> list(Selection selection, String afterDatestamp, long afterId, int limit) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = where(selection, args);
    if (afterDatestamp != null) {
      where.append(" AND (datestamp > ? OR (datestamp = ? AND id > ?))");
      args.add(afterDatestamp);
      args.add(afterDatestamp);
      args.add(afterId);
    }
    args.add(limit);
    return db.read(c -> entries(c, "SELECT " + ENTRY_COLUMNS + " FROM article" + where
        + " ORDER BY datestamp, id LIMIT ?", args));
  }

  /** The number of entries in the selection. */
  public long count(Selection selection) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = where(selection, args);
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article" + where)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  /** The entry of the article with this id, deleted or not. */
  public Optional<Entry> entry(long id) {
    List<Entry> found = db.read(c -> entries(c,
        "SELECT " + ENTRY_COLUMNS + " FROM article WHERE id=?", List.of(id)));
    return found.stream().findFirst();
  }

  /** The datestamp of the oldest entry, if there is any entry. */
  public Optional<String> earliestDatestamp() {
    return db.read(c -> {
      try (var st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT MIN(datestamp) FROM article")) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    });
  }

  /** The distinct values of {@code journal} or {@code discipline} over all entries, sorted. */
  public List<String> distinct(String column) {
    if (!SET_COLUMNS.contains(column)) {
      throw new IllegalArgumentException("cannot list values of " + column);
    }
    return db.read(c -> {
      List<String> values = new ArrayList<>();
      try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT " + column
          + " FROM article WHERE " + column + " IS NOT NULL ORDER BY 1")) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    });
  }

  private static StringBuilder where(Selection s, List<Object> args) {
    StringBuilder where = new StringBuilder(" WHERE 1=1");
    if (s.from() != null) {
      where.append(" AND datestamp >= ?");
      args.add(s.from());
    }
    if (s.until() != null) {
      where.append(" AND datestamp <= ?");
      args.add(s.until());
    }
    if (s.setColumn() != null) {
      if (s.setValues().isEmpty()) {
        where.append(" AND ").append(s.setColumn()).append(" IS NOT NULL");
      } else {
        where.append(" AND ").append(s.setColumn()).append(" IN (")
            .append(String.join(",", java.util.Collections.nCopies(s.setValues().size(), "?")))
            .append(')');
        args.addAll(s.setValues());
      }
    }
    return where;
  }

  private static List<Entry> entries(Connection c, String sql, List<Object> args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      List<Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Entry(Catalog.row(rs), rs.getString(9), rs.getString(10) != null));
        }
      }
      return out;
    }
  }

  private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
  }
}
