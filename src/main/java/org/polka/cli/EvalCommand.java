package org.polka.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.polka.Library;
import org.polka.eval.extraction.CitationModelTraining;
import org.polka.eval.extraction.ExtractionEval;
import org.polka.eval.repair.LineBreakEval;
import org.polka.eval.search.SearchEvalCommand;
import org.polka.eval.select.SelectEvalCommand;
import org.polka.ingest.Extractor;
import org.polka.ingest.Readers;
import org.polka.ingest.references.ReferenceParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polka eval}: accuracy harnesses that score Polka's output against known answers. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Polka against data with known answers.",
    subcommands = {EvalCommand.Extraction.class, SearchEvalCommand.class, LineBreakEval.class,
        SelectEvalCommand.class, EvalCommand.TrainCitations.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code polka eval extraction}: P/R/F1 per field of extracted records against gold. */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = {"Score extracted records against gold with GROBID's matching rules "
          + "(strict, soft, Levenshtein >= 0.8, Ratcliff/Obershelp >= 0.95).",
          "Datasets whose folder is missing are reported as SKIPPED."})
  static final class Extraction implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/data/extraction",
        description = "The extraction datasets folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "../shared/samples/cyberleninka",
        description = "The seed pages with gold records (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--only", paramLabel = "TEXT",
        description = "Run only the datasets whose name contains TEXT (e.g. citation, ssoar-en).")
    String only;

    @Override
    public Integer call() throws Exception {
      try (Extractor extractor = new Extractor(Readers.all(), Library.DOCUMENT_TIME_LIMIT)) {
        ExtractionEval.standard(data, samples).only(only).run(extractor, System.out);
      }
      return 0;
    }
  }

  /** {@code polka eval train-citations}: trains the reference parser's model and scores it on the 80 %. */
  @Command(name = "train-citations", mixinStandardHelpOptions = true,
      description = {"Train the reference parser's model on the development 80 % of GROBID's "
          + "citation annotations and the shipped examples, write it, and score it on that 80 %."})
  static final class TrainCitations implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/data/extraction",
        description = "The extraction datasets folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
        defaultValue = "src/main/resources" + ReferenceParser.MODEL,
        description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
      System.out.println(CitationModelTraining.train(data.resolve(ExtractionEval.CITATIONS), out));
      try (var in = java.nio.file.Files.newInputStream(out);
          Extractor extractor = new Extractor(Readers.all(), Library.DOCUMENT_TIME_LIMIT)) {
        ExtractionEval.citationDevelopment(data, ReferenceParser.read(in)).run(extractor, System.out);
      }
      return 0;
    }
  }
}
