package org.polka.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code polka} command line: one launcher, one subcommand per job. */
@Command(name = "polka", mixinStandardHelpOptions = true, version = "Polka 0.1",
    description = "An open-access library of scholarly articles.",
    subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class,
        ReindexCommand.class, StatsCommand.class, BenchCommand.class, EvalCommand.class,
        HarvestCommand.class, DeleteCommand.class,
        SelectCommand.class,
        CiteBenchCommand.class, ExportCommand.class,
        PdfBenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 = success). */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
