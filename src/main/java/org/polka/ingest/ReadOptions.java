package org.polka.ingest;

/**
 * How one file is to be read, as asked by the caller of a read (the same reader serves every call).
 *
 * @param splitIssue read every PDF as a whole journal issue, one record per article (without it a
 *     PDF is split only when it plainly holds several articles); other formats ignore it
 */
public record ReadOptions(boolean splitIssue) {
  /** Each file read as what it plainly is. */
  public static final ReadOptions DEFAULT = new ReadOptions(false);
}
