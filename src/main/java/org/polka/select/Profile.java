package org.polka.select;

import java.util.List;

/**
 * One indexed article as the selection service reads it: its stored facts, its retrieval score and
 * its term vector (title, keywords, abstracts, else the opening of the body).
 */
record Profile(long id, int docId, double score, String title, List<String> authors,
    List<String> keywords, List<String> abstracts, List<String> opening, Integer year,
    String doi, String language, String discipline, String license, String journal,
    TermVector vector) {

  /** The abstracts, else the opening paragraphs: where the article says what it is about. */
  List<String> summary() {
    return abstracts.isEmpty() ? opening : abstracts;
  }
}
