package org.polka.article;

import java.util.List;

/** A body section: heading (null for text before the first heading), level and paragraphs. */
public record Section(String title, Integer level, List<String> paragraphs) {

  public Section {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }
}
