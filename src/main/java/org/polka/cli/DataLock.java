package org.polka.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The claim of one process on a data folder: only the holder opens the embedded index.
 *
 * <p>A running server also writes its port beside the lock, so other commands on the same folder
 * can hand their work to it instead of fighting over the index.
 */
final class DataLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;
  private final Path serverFile;

  private DataLock(FileChannel channel, FileLock lock, Path dataDir) {
    this.channel = channel;
    this.lock = lock;
    this.serverFile = dataDir.resolve("server.port");
  }

  /** Takes the folder's lock now, or returns empty when another process holds it. */
  static Optional<DataLock> tryTake(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    FileChannel channel = FileChannel.open(dataDir.resolve("polka.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException heldHere) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    return Optional.of(new DataLock(channel, lock, dataDir));
  }

  /** Waits for the folder's lock. */
  static DataLock take(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    FileChannel channel = FileChannel.open(dataDir.resolve("polka.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    return new DataLock(channel, channel.lock(), dataDir);
  }

  /** What a command that needs the folder gets: the lock, or the port of the server holding it. */
  record Claim(DataLock lock, Integer serverPort) {}

  /**
   * Takes the folder's lock; when a server holds it, returns that server's port instead; when
   * another command holds it, says so and waits for it.
   */
  static Claim claim(Path dataDir, java.io.PrintStream out) throws IOException {
    Optional<DataLock> lock = tryTake(dataDir);
    if (lock.isPresent()) {
      return new Claim(lock.get(), null);
    }
    Optional<Integer> port = serverPort(dataDir);
    if (port.isPresent()) {
      return new Claim(null, port.get());
    }
    out.println("Another Polka command is using " + dataDir + "; waiting for it to finish...");
    return new Claim(take(dataDir), null);
  }

  /** Records that a server on this port now serves the folder. */
  void announceServer(int port) throws IOException {
    Files.writeString(serverFile, Integer.toString(port), StandardCharsets.UTF_8);
  }

  /** The port of the server that holds the folder, if one announced itself. */
  static Optional<Integer> serverPort(Path dataDir) {
    try {
      return Optional.of(Integer.parseInt(
          Files.readString(dataDir.resolve("server.port"), StandardCharsets.UTF_8).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(serverFile);
    lock.release();
    channel.close();
  }
}
