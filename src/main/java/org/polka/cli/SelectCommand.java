package org.polka.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.polka.Library;
import org.polka.select.Limits;
import org.polka.select.ListItem;
import org.polka.select.ReadingList;
import org.polka.select.Refinements;
import org.polka.select.TopicText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polka select}: a reading list for a topic, printed as plain text. */
@Command(name = "select", mixinStandardHelpOptions = true,
    description = {"Select literature for a topic (a sentence, an abstract or a whole draft, in "
        + "Russian or English): a diverse reading list, each item with the matched concepts and "
        + "the sentence where it speaks to the topic.",
        "While a server runs on the data folder, the list is asked of the server."})
final class SelectCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Parameters(arity = "0..1", paramLabel = "TOPIC", description = "The topic text.")
  String topic;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the topic from a TXT, PDF or DOCX file.")
  Path file;

  @Option(names = "--limit", paramLabel = "N", description = "How many items, 10-100 (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Option(names = "--from", paramLabel = "YEAR", description = "Earliest year.")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "Latest year.")
  Integer to;

  @Option(names = "--discipline", paramLabel = "NAME", description = "Only this discipline (repeatable).")
  List<String> disciplines = new ArrayList<>();

  @Option(names = "--language", paramLabel = "CODE", description = "Only this language, e.g. ru or en (repeatable).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--open", description = "Only openly licensed articles.")
  boolean open;

  @Override
  public Integer call() throws Exception {
    String text = topic;
    if (file != null) {
      text = TopicText.of(file.getFileName().toString(), Files.readAllBytes(file));
    }
    if (text == null || text.isBlank()) {
      System.err.println("Give a topic: ./polka select \"topic text\" (or --file FILE).");
      return 2;
    }
    Limits limits = new Limits(from, to, disciplines, languages, open, limit);
    if (limits.problem() != null) {
      System.err.println("select: " + limits.problem());
      return 2;
    }
    Path dir = data.dir();
    DataLock.Claim claim = DataLock.claim(dir, System.err);
    ReadingList list;
    if (claim.lock() == null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("topic", text);
      body.put("limit", limit);
      body.put("year_from", from);
      body.put("year_to", to);
      body.put("disciplines", disciplines);
      body.put("languages", languages);
      body.put("open_only", open);
      String json = new ServerClient(claim.serverPort()).post("/api/select", body);
      list = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .readValue(json, ReadingList.class);
    } else {
      try (DataLock held = claim.lock(); Library library = Library.open(dir)) {
        list = library.selector().select(text, limits, Refinements.NONE);
      }
    }
    print(list, System.out);
    return 0;
  }

  /** The list as plain text: a heading, the sub-topics, then one block per item. */
  static void print(ReadingList list, PrintStream out) {
    String shown = list.topic().strip().replaceAll("\\s+", " ");
    out.printf("Reading list (%s topic, %d items): %s%n", list.topicLanguage(), list.items().size(),
        shown.length() > 100 ? shown.substring(0, 99) + "…" : shown);
    if (list.id() != null) {
      out.println("Saved at /select/" + list.id());
    }
    out.println("Sub-topics:");
    for (int i = 0; i < list.subtopics().size(); i++) {
      out.printf("  %d. %s (%d)%n", i + 1, list.subtopics().get(i).name(),
          list.subtopics().get(i).size());
    }
    int n = 1;
    for (ListItem item : list.items()) {
      out.printf("%n%2d. %s%n", n++, item.title());
      String authors = String.join(", ", item.authors().stream().limit(4).toList())
          + (item.authors().size() > 4 ? " et al." : "");
      out.printf("    %s%s%s [id %d, %s]%n", authors.isEmpty() ? "" : authors + ". ",
          item.year() == null ? "" : item.year() + ". ",
          item.journal() == null ? "" : item.journal() + ".", item.id(), item.language());
      if (!item.concepts().isEmpty()) {
        out.println("    concepts: " + String.join(", ", item.concepts()));
      }
      if (item.snippet() != null) {
        out.println("    “" + item.snippet() + "”");
      }
      if (item.subtopic() >= 0 && item.subtopic() < list.subtopics().size()) {
        out.println("    sub-topic: " + list.subtopics().get(item.subtopic()).name());
      }
      if (!item.citedBy().isEmpty()) {
        out.println("    cited by listed items: " + item.citedBy());
      }
    }
  }
}
