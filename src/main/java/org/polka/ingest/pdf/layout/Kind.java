package org.polka.ingest.pdf.layout;

/** What a printed line is, as the layout reader decides it. */
public enum Kind {
  /** Running text of the article. */
  BODY,
  /** A section heading. */
  HEADING,
  /** Title, authors, abstract and the rest of the head before the body starts. */
  FRONT,
  /** A running header or footer repeated across pages. */
  RUNNING_HEAD,
  /** A bare page number. */
  PAGE_NUMBER,
  /** A footnote (its first line or a continuation). */
  FOOTNOTE,
  /** A line of the bibliography, or its heading. */
  BIBLIOGRAPHY,
  /** Text of another article printed on the same page (the previous one's tail, the next one's head). */
  OTHER_ARTICLE
}
