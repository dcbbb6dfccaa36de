package org.polka.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A reader of one input format: turns a file into article records, reporting problems as data.
 *
 * <p>A reader never throws for bad content in one record: it calls {@link ReadSink#problem} and goes
 * on with the next record. It throws {@link IOException} only when the file cannot be read at all.
 */
public interface ArticleReader {

  /** The format name written into {@code source.format}: pdf, jats, text or jsonl. */
  String format();

  /**
   * Whether this reader takes the file.
   *
   * @param file the file's path (its name and extension may be used)
   * @param head the first bytes of the file (up to 8 KiB, fewer for short files; gzip already undone)
   */
  boolean accepts(Path file, byte[] head);

  /** Reads every record in the file, handing each record or problem to the sink in order. */
  void read(Path file, ReadSink sink) throws IOException;

  /**
   * Reads as {@link #read(Path, ReadSink)} does, with the caller's options; a reader whose format
   * has no use for them reads as usual.
   */
  default void read(Path file, ReadOptions options, ReadSink sink) throws IOException {
    read(file, sink);
  }
}
