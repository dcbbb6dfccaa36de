package org.polka.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code polka delete}: deletes articles, leaving tombstones that OAI-PMH harvesters see. */
@Command(name = "delete", mixinStandardHelpOptions = true,
    description = {"Delete articles by id: they leave the search and the site, and OAI-PMH lists them "
        + "as deleted from now on. Ingesting the same record again brings an article back."})
final class DeleteCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to delete.")
  List<Long> ids;

  @Override
  public Integer call() throws Exception {
    return data.withLibrary("deletion", null, library -> {
      int missing = 0;
      for (long id : ids) {
        if (library.ingester().delete(id)) {
          System.out.println("deleted " + id);
        } else {
          System.out.println("no article " + id + " (never existed, or already deleted)");
          missing++;
        }
      }
      return missing == 0 ? 0 : 2;
    });
  }
}
