package org.polka.eval.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polka.article.Reference;
import org.polka.ingest.Extractor;
import org.polka.ingest.references.Fields;
import org.polka.ingest.references.ReferenceParser;

/**
 * Reference parsing on GROBID's citation annotations: each held-out entry's text (see
 * {@link CitationAnnotations}) parsed and scored field by field against its annotation, both
 * mapped to fields by the same {@link Fields} rules. The 80 % development part is never scored
 * here; it is what the parser's model is trained on.
 */
final class GrobidCitations implements Dataset {
  private final Path dir;
  private final ReferenceParser parser;
  private final boolean development;

  /** Scores the parser on the hold-out of the annotations in {@code dir} (the 80 % with {@code development}). */
  GrobidCitations(Path dir, ReferenceParser parser, boolean development) {
    this.dir = dir;
    this.parser = parser;
    this.development = development;
  }

  @Override
  public String name() {
    return "GROBID citation annotations, " + (development ? "development 80 %" : "hold-out 20 %")
        + " (" + dir + ")";
  }

  @Override
  public Optional<String> missing() {
    return Files.isDirectory(dir) ? Optional.empty() : Optional.of(dir + " missing");
  }

  @Override
  public DatasetResult run(Extractor extractor) throws IOException {
    CitationAnnotations all = CitationAnnotations.read(dir);
    List<CitationAnnotations.Entry> part = development ? all.development() : all.holdOut();
    Scores scores = new Scores();
    for (CitationAnnotations.Entry e : part) {
      String text = e.text();
      Reference gold = Fields.of(text, e.segments());
      References.fields(scores, gold, parser.parse(text));
    }
    List<String> notes = new ArrayList<>();
    notes.add(part.size() + " entries scored of " + all.entries().size() + " annotated");
    all.unreadable().forEach(u -> notes.add("unreadable: " + u));
    return new DatasetResult(name(), scores, References.FIELDS, notes);
  }
}
