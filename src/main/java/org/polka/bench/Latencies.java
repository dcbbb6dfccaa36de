package org.polka.bench;

import java.util.Arrays;

/**
 * Latencies of one benchmark run, in nanoseconds, and their percentiles (nearest rank).
 *
 * @param label what was run (e.g. "HTTP API, 50 clients")
 * @param nanos one latency per request
 * @param wallNanos the run's wall-clock time
 */
public record Latencies(String label, long[] nanos, long wallNanos) {
  public Latencies {
    nanos = nanos.clone();
    Arrays.sort(nanos);
  }

  /** The latency below which the given share of requests finished (nearest rank), in ms. */
  public double percentileMs(double share) {
    if (nanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(share * nanos.length);
    return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
  }

  /** Requests per second over the run. */
  public double throughput() {
    return wallNanos == 0 ? 0 : nanos.length / (wallNanos / 1e9);
  }

  /** One line: count, p50, p99, p99.9, max and throughput. */
  public String line() {
    return "%s, %d requests: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms, %.1f requests/s"
        .formatted(label, nanos.length, percentileMs(0.5), percentileMs(0.99), percentileMs(0.999),
            percentileMs(1.0), throughput());
  }
}
