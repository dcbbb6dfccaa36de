package org.polka.ingest.pdf.layout;

import java.util.List;

/** One page's printed lines and its size in points. */
record Page(int number, float width, float height, List<Line> lines) {}
