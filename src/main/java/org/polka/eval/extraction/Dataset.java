package org.polka.eval.extraction;

import java.io.IOException;
import java.util.Optional;
import org.polka.ingest.Extractor;

/** One set of documents with known answers that the harness scores the extractor on. */
interface Dataset {
  /** The name printed above the dataset's table. */
  String name();

  /** Why the dataset cannot run (a missing folder), or empty when it can. */
  Optional<String> missing();

  /** Extracts every document and scores the records against the gold. */
  DatasetResult run(Extractor extractor) throws IOException;
}
