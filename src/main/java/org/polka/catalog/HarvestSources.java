package org.polka.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * What each harvested OAI-PMH source has already given: the newest datestamp of the last complete
 * harvest (where the next incremental harvest starts) and, for a list that was interrupted, its
 * resumption token and the newest datestamp it had given.
 */
public final class HarvestSources {
  private final Database db;

  HarvestSources(Database db) {
    this.db = db;
  }

  /**
   * The state of one source.
   *
   * @param source the key: base URL, set and metadata format
   * @param lastDatestamp the newest datestamp of the last complete harvest, or null before one
   * @param resumptionToken the token to continue an interrupted list with, or null
   * @param pendingDatestamp the newest datestamp the interrupted list has given, or null
   */
  public record State(String source, String lastDatestamp, String resumptionToken,
      String pendingDatestamp) {}

  /** The state of the source, if it was ever harvested. */
  public Optional<State> get(String source) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT last_datestamp, resumption_token, pending_datestamp FROM harvest_source WHERE source=?")) {
        ps.setString(1, source);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new State(source, rs.getString(1), rs.getString(2),
              rs.getString(3)))
              : Optional.empty();
        }
      }
    });
  }

  /** Saves the state of the source, replacing what was there. */
  public void save(State state) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO harvest_source (source, last_datestamp, resumption_token, pending_datestamp,
            updated_at) VALUES (?,?,?,?,?)
          ON CONFLICT (source) DO UPDATE SET last_datestamp=excluded.last_datestamp,
            resumption_token=excluded.resumption_token,
            pending_datestamp=excluded.pending_datestamp, updated_at=excluded.updated_at""")) {
        ps.setString(1, state.source());
        ps.setString(2, state.lastDatestamp());
        ps.setString(3, state.resumptionToken());
        ps.setString(4, state.pendingDatestamp());
        ps.setString(5, Instant.now().toString());
        return ps.executeUpdate();
      }
    });
  }
}
