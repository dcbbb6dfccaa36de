package org.polka.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A small pool of JDBC connections to one SQLite file: many readers, one writer at a time.
 *
 * <p>The file runs in WAL mode, so readers never wait for the writer, and with a busy timeout, so a
 * second process on the same file waits for a lock instead of failing.
 */
final class Database implements AutoCloseable {
  private static final int READERS = 4;

  /** Work against a connection that may throw {@link SQLException}. */
  interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  private final Connection writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

  private Database(SQLiteDataSource source) throws SQLException {
    Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
    writer = source.getConnection();
    for (int i = 0; i < READERS; i++) {
      readers.add(source.getConnection());
    }
  }

  static Database sqlite(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setBusyTimeout(30_000);
      config.enforceForeignKeys(true);
      SQLiteDataSource source = new SQLiteDataSource(config);
      source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
      return new Database(source);
    } catch (SQLException | java.io.IOException e) {
      throw new CatalogException("cannot open the catalog database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs read-only work on a pooled reader connection. */
  <T> T read(Work<T> work) {
    Connection c;
    try {
      c = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CatalogException("interrupted while waiting for the catalog", e);
    }
    try {
      return work.apply(c);
    } catch (SQLException e) {
      throw new CatalogException("catalog read failed: " + e.getMessage(), e);
    } finally {
      readers.add(c);
    }
  }

  /** Runs work in one write transaction: committed if it returns, rolled back if it throws. */
  <T> T inTransaction(Work<T> work) {
    writeLock.lock();
    try {
      writer.setAutoCommit(false);
      try {
        T result = work.apply(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new CatalogException("catalog write failed: " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    try {
      writer.close();
      for (Connection c : readers) {
        c.close();
      }
    } catch (SQLException e) {
      throw new CatalogException("closing the catalog failed: " + e.getMessage(), e);
    }
  }
}
