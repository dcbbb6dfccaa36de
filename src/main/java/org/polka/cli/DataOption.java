package org.polka.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by commands that work on a library. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data folder of the library (default: $POLKA_DATA or ./data).")
  Path data;

  Path dir() {
    if (data != null) {
      return data.toAbsolutePath().normalize();
    }
    String env = System.getenv("POLKA_DATA");
    return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath().normalize();
  }
}
