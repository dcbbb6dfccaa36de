package org.polka.catalog;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * What each harvested OAI-PMH source has already given: the newest datestamp harvested (where the
 * next incremental harvest starts) and the resumption token of a list that was interrupted.
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
   * @param lastDatestamp the newest datestamp harvested, or null before the first harvest
   * @param resumptionToken the token to continue an interrupted list with, or null
   */
  public record State(String source, String lastDatestamp, String resumptionToken) {}

  /** The state of the source, if it was ever harvested. */
  public Optional<State> get(String source) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT last_datestamp, resumption_token FROM harvest_source WHERE source=?")) {
        ps.setString(1, source);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new State(source, rs.getString(1), rs.getString(2)))
              : Optional.empty();
        }
      }
    });
  }

  /** Saves the state of the source, replacing what was there. */
  public void save(State state) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("""
          INSERT INTO harvest_source (source, last_datestamp, resumption_token, updated_at)
          VALUES (?,?,?,?)
          ON CONFLICT (source) DO UPDATE SET last_datestamp=excluded.last_datestamp,
            resumption_token=excluded.resumption_token, updated_at=excluded.updated_at""")) {
        ps.setString(1, state.source());
        ps.setString(2, state.lastDatestamp());
        ps.setString(3, state.resumptionToken());
        ps.setString(4, Instant.now().toString());
        return ps.executeUpdate();
      }
    });
  }
}
