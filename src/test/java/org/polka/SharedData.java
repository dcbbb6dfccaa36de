package org.polka;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to {@code ../shared}, the evaluation data that lives beside the project, never in it.
 *
 * <p>Tests that need it call {@link #require}: without the folder they are skipped with a message
 * that says so, so the README's test command passes on a fresh clone.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder: {@code -Dpolka.shared=DIR}, else {@code ../shared}. */
  public static Path root() {
    return Path.of(System.getProperty("polka.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** The path under the shared folder; skips the calling test (loudly) when it is missing. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      System.err.println("SKIPPED: " + p + " is missing (shared data not available)");
    }
    assumeTrue(Files.exists(p), "shared data missing: " + p);
    return p;
  }
}
