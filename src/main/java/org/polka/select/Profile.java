package org.polka.select;

import java.util.List;

/**
 * One indexed article as the selection service reads it: its stored facts, its retrieval score, its
 * term signature and the term vector of its front matter (title, keywords, abstracts, else the
 * opening of the body).
 */
record Profile(long id, int docId, double score, String title, List<String> authors,
    List<String> keywords, List<String> abstracts, Integer year, String doi, String language,
    String discipline, String license, String journal, Signature signature, TermVector vector) {}
