package org.polka.ingest.repair;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The word repairs for one document: glued words split ("of1998"), then line-break hyphens removed
 * ("Sangtu-dinskaia", "сло- во") with the document's own vocabulary and the dictionary.
 *
 * <p>Build one per document from all of its texts, so that a word broken in one paragraph is
 * recognised from its whole form in another; then apply it to each text.
 */
public final class WordRepairs implements UnaryOperator<String> {
  private final Dehyphenator dehyphenator;

  private WordRepairs(Dehyphenator dehyphenator) {
    this.dehyphenator = dehyphenator;
  }

  /** The repairs for a document made of the given texts (paragraphs, footnotes, abstracts). */
  public static WordRepairs forDocument(List<String> texts, Lexicon lexicon) {
    String all = String.join("\n", texts.stream().map(GluedWords::repair).toList());
    return new WordRepairs(Dehyphenator.learnFrom(all, lexicon));
  }

  @Override
  public String apply(String text) {
    return text == null ? null : dehyphenator.repair(GluedWords.repair(text));
  }

  /**
   * A warning listing the hyphens decided without support from the text or the dictionary, or
   * null when there were none.
   */
  public String warning() {
    List<String> guesses = dehyphenator.guesses();
    return guesses.isEmpty() ? null
        : "hyphens decided without support from the text: " + String.join(", ", guesses);
  }
}
