package org.polka.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.polka.oai.HarvestException;
import org.polka.oai.Harvester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polka harvest}: harvests an OAI-PMH source into the library. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
    description = {"Harvest an OAI-PMH repository (oai_dc, with CyberLeninka's ISSN, volume, issue and "
        + "pages, or jats) into the library.",
        "Incremental: without --from, starts where the last harvest of the same URL, set and format "
        + "ended. An interrupted harvest continues from its saved resumption token."})
final class HarvestCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Parameters(index = "0", paramLabel = "URL", description = "The repository's OAI-PMH base URL.")
  String url;

  @Option(names = "--set", paramLabel = "S", description = "Harvest only this set (a setSpec).")
  String set;

  @Option(names = "--from", paramLabel = "DATE",
      description = "Ask for records changed since DATE (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).")
  String from;

  @Option(names = "--prefix", paramLabel = "FORMAT", defaultValue = "oai_dc",
      description = "Metadata format: oai_dc or jats (default: ${DEFAULT-VALUE}).")
  String prefix;

  @Option(names = "--delay-ms", paramLabel = "MS", defaultValue = "1000",
      description = "Pause between requests, in milliseconds (default: ${DEFAULT-VALUE}).")
  long delayMs;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
      description = "Retries of one request after 503 or a network failure (default: ${DEFAULT-VALUE}).")
  int retries;

  @Override
  public Integer call() throws Exception {
    return data.withLibrary("harvest", null, library -> {
      try {
        Harvester.Summary summary = new Harvester(library).harvest(new Harvester.Options(url, set,
            from, prefix, Duration.ofMillis(delayMs), retries), System.out::println);
        summary.lines().forEach(System.out::println);
        return summary.failures().isEmpty() ? 0 : 2;
      } catch (HarvestException e) {
        System.out.println("harvest stopped: " + e.getMessage());
        System.out.println("Everything stored so far is kept; run the same command again to continue.");
        return 1;
      }
    });
  }
}
