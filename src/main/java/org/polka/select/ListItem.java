package org.polka.select;

import java.util.List;

/**
 * One article in a reading list or among similar articles, with why it is there: the matched
 * concepts, a one-sentence snippet, the ids of other listed items that cite it, and its sub-topic
 * (an index into the list's sub-topics, or -1).
 */
public record ListItem(long id, String title, List<String> authors, Integer year, String journal,
    String language, String discipline, String license, String doi, double score,
    List<String> concepts, String snippet, List<Long> citedBy, int subtopic) {

  public ListItem {
    authors = List.copyOf(authors);
    concepts = List.copyOf(concepts);
    citedBy = List.copyOf(citedBy);
  }
}
