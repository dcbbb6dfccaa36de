package org.polka.eval.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.polka.ingest.references.Segment;
import org.polka.ingest.references.TaggedLines;
import org.polka.ingest.references.TaggerTraining;

/**
 * The reproducible training of the reference parser's model: the development 80 % of GROBID's
 * citation annotations plus the hand-written examples shipped beside the model (German and
 * Russian conventions), a fixed number of perceptron passes, written as gzip text.
 */
public final class CitationModelTraining {
  /** The hand-written examples, one tagged entry per line ({@link TaggedLines}). */
  public static final String EXAMPLES = "/org/polka/ingest/references/examples.tagged.txt";
  /** Perceptron passes over the data. */
  public static final int EPOCHS = 12;
  /** How many times the hand-written examples are repeated, to weigh against the annotations. */
  static final int EXAMPLE_WEIGHT = 3;

  private CitationModelTraining() {}

  /** Trains on the annotations in {@code annotations} and the shipped examples; writes to {@code out}. */
  public static String train(Path annotations, Path out) throws IOException {
    CitationAnnotations all = CitationAnnotations.read(annotations);
    List<List<Segment>> examples = new ArrayList<>();
    all.development().forEach(e -> examples.add(e.segments()));
    List<List<Segment>> extra = new ArrayList<>();
    try (InputStream in = CitationModelTraining.class.getResourceAsStream(EXAMPLES)) {
      if (in == null) {
        throw new IOException(EXAMPLES + " missing from the classpath");
      }
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> extra.add(TaggedLines.parse(l)));
    }
    for (int i = 0; i < EXAMPLE_WEIGHT; i++) {
      examples.addAll(extra);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      TaggerTraining.trainAndWrite(examples, EPOCHS, o);
    }
    return "trained on " + all.development().size() + " annotated entries (80 %) and "
        + extra.size() + " shipped examples ×" + EXAMPLE_WEIGHT + ", " + EPOCHS + " passes; wrote " + out;
  }
}
