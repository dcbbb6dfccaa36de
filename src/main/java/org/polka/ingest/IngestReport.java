package org.polka.ingest;

import java.util.List;

/**
 * What an ingest run did: records added, updated and unchanged, and each failure with where and why.
 */
public record IngestReport(long added, long updated, long unchanged, List<Failure> failures) {

  /** One input that could not be stored: where (file, line) and why. */
  public record Failure(String location, String reason) {}

  public IngestReport {
    failures = List.copyOf(failures);
  }

  /** The report as the lines a person reads at the end of a run. */
  public List<String> lines() {
    var out = new java.util.ArrayList<String>();
    out.add("added %d, updated %d, unchanged %d, failed %d".formatted(added, updated, unchanged,
        failures.size()));
    failures.forEach(f -> out.add("  failed: " + f.location() + ": " + f.reason()));
    return out;
  }
}
