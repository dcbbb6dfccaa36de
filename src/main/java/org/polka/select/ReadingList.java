package org.polka.select;

import java.util.List;

/**
 * A reading list for a topic: the items in order, the sub-topics they fall into, the limits and
 * refinements that made it, and its id once saved (null before).
 */
public record ReadingList(String id, String topic, String topicLanguage, Limits limits,
    Refinements refinements, List<ListItem> items, List<Subtopic> subtopics) {

  /** A named sub-topic and how many items fall into it. */
  public record Subtopic(String name, int size) {}

  public ReadingList {
    items = List.copyOf(items);
    subtopics = List.copyOf(subtopics);
  }

  /** The same list under an id. */
  public ReadingList withId(String newId) {
    return new ReadingList(newId, topic, topicLanguage, limits, refinements, items, subtopics);
  }
}
