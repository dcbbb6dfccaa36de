package org.polka.web.view;

import java.util.List;
import org.polka.web.view.Parts.Chrome;
import org.polka.web.view.Parts.Link;

/** Page models of literature selection: the topic form, a saved reading list, similar articles. */
public final class SelectViews {
  private SelectViews() {}

  /**
   * One listed article: its number in the list, link, title, authors and facts, the matched
   * concepts, the snippet, its sub-topic and the numbers of listed items citing it.
   */
  public record Entry(long id, int number, String url, String title, String authors, String meta,
      List<String> concepts, String snippet, String subtopic, List<Integer> citedBy) {}

  /** A sub-topic of a list and how many items it has. */
  public record Group(String name, int size) {}

  /** A choice in the form: value, label, whether chosen. */
  public record Choice(String value, String label, boolean checked) {}

  /** The topic form, filled with what the reader sent (after an error) or empty. */
  public record SelectForm(Chrome chrome, String topic, String error, String yearFrom,
      String yearTo, List<Choice> disciplines, List<Choice> languages, boolean openOnly,
      int limit) {}

  /**
   * A saved reading list: the topic, the limits in words, sub-topics, items, where refinements
   * are posted, and the export links.
   */
  public record SelectList(Chrome chrome, String id, String topic, String topicLanguage,
      String limits, List<Group> subtopics, List<Entry> entries, String refineUrl,
      List<Link> exports) {}

  /** An article's other versions and similar articles, for the article page. */
  public record SimilarBlock(List<Entry> similar, List<Version> versions) {}

  /** Another version of an article and why it is one. */
  public record Version(Entry entry, String reason) {}
}
