package org.polka.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a list of requests from a number of concurrent clients and times each one. */
final class LoadRunner {
  /** One request; throws when it fails (a failed request stops the run). */
  interface Request {
    void run(int index) throws Exception;
  }

  private LoadRunner() {}

  /**
   * Client {@code c} of {@code clients} runs requests {@code c, c + clients, …} one after another;
   * returns the latency of each request.
   */
  static Latencies run(String label, int count, int clients, Request request) throws Exception {
    long[] nanos = new long[count];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int first = c;
        jobs.add(pool.submit(() -> {
          for (int i = first; i < count; i += clients) {
            long t = System.nanoTime();
            request.run(i);
            nanos[i] = System.nanoTime() - t;
          }
          return null;
        }));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
      return new Latencies(label, nanos, System.nanoTime() - t0);
    } finally {
      pool.shutdownNow();
    }
  }
}
