package org.polka.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code polka} command line: one launcher, one subcommand per job. */
@Command(name = "polka", mixinStandardHelpOptions = true, version = "Polka 0.1",
    description = "An open-access library of scholarly articles.",
    subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class,
        ReindexCommand.class, StatsCommand.class, BenchCommand.class, EvalCommand.class,
        HarvestCommand.class, DeleteCommand.class,
        SelectCommand.class,
        ExportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 = success). */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("polka " + cmd.getCommandName() + ": " + describe(e));
          if (!(e instanceof FileSystemException || e.getCause() instanceof FileSystemException)) {
            e.printStackTrace(cmd.getErr());
          }
          return 1;
        })
        .execute(args);
  }

  /** What went wrong, in a line: a missing or unreadable file is named, other failures say their message. */
  static String describe(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    return switch (cause) {
      case NoSuchFileException f -> "no such file or folder: " + f.getFile();
      case AccessDeniedException f -> "permission denied: " + f.getFile();
      case FileSystemException f -> f.getFile() + ": " + f.getReason();
      default -> cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    };
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
