package org.polka.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.polka.catalog.Catalog;
import org.polka.search.SearchIndex;

/**
 * Puts files into the library: reads them, stores the records in the catalog, indexes them.
 * CONTRACT STUB — being implemented.
 */
public final class Ingester {
  private final Catalog catalog;
  private final SearchIndex index;
  private final Path filesDir;

  public Ingester(Catalog catalog, SearchIndex index, Path filesDir) {
    this.catalog = catalog;
    this.index = index;
    this.filesDir = filesDir;
  }

  /**
   * Ingests files and folders (recursively), reporting progress lines (count, rate, ETA) to the
   * consumer as it goes. One bad file never stops the batch.
   */
  public IngestReport ingest(List<Path> paths, Consumer<String> progress) {
    throw new UnsupportedOperationException();
  }
}
