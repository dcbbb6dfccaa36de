package org.polka.select;

import java.util.List;

/**
 * Articles similar to a seed (the seed left out), and the seed's other versions (the same article
 * from another source, or a translation), kept apart rather than listed as similar.
 */
public record Similar(long seed, List<ListItem> similar, List<Version> versions) {
  /** Another version of the seed and why it is taken as one. */
  public record Version(ListItem item, String reason) {}

  public Similar {
    similar = List.copyOf(similar);
    versions = List.copyOf(versions);
  }
}
