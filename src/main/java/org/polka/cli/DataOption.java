package org.polka.cli;

import java.nio.file.Path;
import org.polka.Library;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by commands that work on a library. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder of the library (default: $POLKA_DATA or ./data).")
  Path data;

  /** Work on the library in the data folder, while this process holds the folder. */
  interface LibraryWork {
    int run(Library library) throws Exception;
  }

  /** Work handed to the server that holds the data folder. */
  interface ServerWork {
    int run(ServerClient server) throws Exception;
  }

  /**
   * Runs work on the library in the data folder, holding the folder's lock meanwhile; when a server
   * holds the folder, hands the work to it (saying so), or refuses with exit code 1 when
   * {@code handOff} is null.
   *
   * @param task what the work is, for the messages (e.g. "ingest")
   */
  int withLibrary(String task, ServerWork handOff, LibraryWork work) throws Exception {
    Path dir = dir();
    DataLock.Claim claim = DataLock.claim(dir, System.out);
    if (claim.lock() == null) {
      if (handOff == null) {
        System.out.println("A Polka server is running on " + dir + " (port " + claim.serverPort()
            + "); stop it before the " + task + " on the same data folder.");
        return 1;
      }
      System.out.println("A Polka server is running on " + dir + " (port " + claim.serverPort()
          + "): handing the " + task + " to it.");
      return handOff.run(new ServerClient(claim.serverPort()));
    }
    try (DataLock held = claim.lock(); Library library = Library.open(dir)) {
      return work.run(library);
    }
  }

  Path dir() {
    if (data != null) {
      return data.toAbsolutePath().normalize();
    }
    String env = System.getenv("POLKA_DATA");
    return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath().normalize();
  }
}
