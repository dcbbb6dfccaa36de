package org.polka.ingest.references;

/**
 * A token of a bibliography entry: a run of letters, a run of digits, or one other character, with
 * its place in the entry and whether white space precedes it.
 */
record Token(String text, int start, int end, boolean spaceBefore) {}
