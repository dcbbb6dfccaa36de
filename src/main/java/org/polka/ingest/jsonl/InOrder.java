package org.polka.ingest.jsonl;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A bounded pipeline that runs tasks on a few threads and hands their results to a consumer in the
 * order the tasks were submitted, on the submitting thread.
 *
 * <p>At most {@code window} results wait at once, so memory stays bounded however long the input;
 * when the window is full, {@link #submit} first delivers the oldest result (waiting for it). A task
 * that threw is rethrown when its turn to be delivered comes, after every result before it. With
 * one thread the tasks run on the submitting thread, one at a time.
 *
 * @param <T> what a task makes
 */
final class InOrder<T> implements AutoCloseable {
  private final ExecutorService pool;
  private final int window;
  private final Consumer<T> consumer;
  private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();

  /** A pipeline of {@code threads} workers (none for one) delivering to the consumer. */
  InOrder(int threads, int window, Consumer<T> consumer) {
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
    this.window = Math.max(1, window);
    this.consumer = consumer;
  }

  /** Queues the task, first delivering the oldest results while the window is full. */
  void submit(Callable<T> task) {
    while (pending.size() >= window) {
      deliverOldest();
    }
    if (pool != null) {
      pending.add(pool.submit(task));
    } else {
      FutureTask<T> inline = new FutureTask<>(task);
      inline.run();
      pending.add(inline);
    }
  }

  /** Delivers every result still waiting, in order. */
  void finish() {
    while (!pending.isEmpty()) {
      deliverOldest();
    }
  }

  private void deliverOldest() {
    Future<T> next = pending.poll();
    T result;
    try {
      result = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
    consumer.accept(result);
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  /** Stops the workers; results not delivered are dropped. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static java.util.concurrent.ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "polka-jsonl-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
