package org.polka.catalog;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh SQLite catalog in a temporary folder for each test, closed after it. */
abstract class CatalogFixture {
  @TempDir
  Path dir;
  Catalog catalog;

  @BeforeEach
  void open() {
    catalog = Catalog.openSqlite(dir.resolve("catalog.db"));
  }

  @AfterEach
  void close() {
    catalog.close();
  }
}
