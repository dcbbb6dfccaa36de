package org.polka.eval.repair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.polka.article.Article;
import org.polka.article.Section;
import org.polka.ingest.CollectingSink;
import org.polka.ingest.jats.JatsReader;
import org.polka.ingest.repair.FlatText;
import org.polka.ingest.repair.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code polka eval repair}: clean Russian and English texts broken at line ends the way a
 * typesetter breaks them, repaired by Polka's text repairs, and scored word by word against the
 * clean original: word errors per 10,000 words before and after repair.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
    description = {"Measure the line-break repairs: clean texts (the corpus's curated Russian "
        + "set, PLOS JATS bodies) are wrapped at 64 characters with words split at the margin "
        + "(fixed seed), given to the repairs as printed lines and as CyberLeninka-style "
        + "flattened text (\"сло- во\"), and compared word by word with the original.",
        "Prints word errors per 10,000 words without and with the repairs, and the share of "
        + "split words left broken."})
public final class LineBreakEval implements Callable<Integer> {
  private static final String RUSSIAN_SET = "summarization-dataset";

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "Corpus records, JSONL gzip (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("../shared/data/corpus/records.jsonl.gz");

  @Option(names = "--jats", paramLabel = "DIR",
      description = "PLOS JATS files (default: ${DEFAULT-VALUE}).")
  Path jats = Path.of("../shared/data/extraction/plos-jats");

  @Option(names = "--documents", paramLabel = "N",
      description = "Documents per language (default: ${DEFAULT-VALUE}).")
  int documents = 100;

  @Option(names = "--show", paramLabel = "N",
      description = "Print the N most frequent wrong words after repair (default: ${DEFAULT-VALUE}).")
  int show = 0;

  @Option(names = "--without-dictionary",
      description = "Repair with the document's own words only, for comparison.")
  boolean withoutDictionary;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the line breaker (default: ${DEFAULT-VALUE}).")
  long seed = 20261129L;

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    Lexicon lexicon = withoutDictionary ? Lexicon.empty() : Lexicon.load();
    out.println("language  style           words  splits  errors/10k before  after  left broken");
    if (Files.isRegularFile(corpus)) {
      report(out, "ru", russian(), lexicon);
    } else {
      out.println("SKIPPED: Russian texts: no corpus at " + corpus.toAbsolutePath().normalize());
    }
    if (Files.isDirectory(jats)) {
      report(out, "en", english(), lexicon);
    } else {
      out.println("SKIPPED: English texts: no JATS folder at " + jats.toAbsolutePath().normalize());
    }
    return 0;
  }

  private void report(PrintStream out, String language, List<List<String>> texts, Lexicon lexicon) {
    for (LineBreakDamage.Style style : LineBreakDamage.Style.values()) {
      LineBreakDamage damage = new LineBreakDamage(seed);
      long words = 0;
      long before = 0;
      long after = 0;
      Map<String, Integer> wrong = new HashMap<>();
      for (List<String> paragraphs : texts) {
        List<String> damaged = damage.damage(paragraphs, style);
        List<String> repaired = FlatText.repair(damaged, lexicon).paragraphs();
        List<String> original = WordDiff.words(paragraphs);
        words += original.size();
        before += WordDiff.errors(original, WordDiff.words(damaged));
        List<String> extra = WordDiff.extra(original, WordDiff.words(repaired));
        after += extra.size();
        extra.forEach(w -> wrong.merge(w, 1, Integer::sum));
      }
      out.printf("%-9s %-14s %7d %7d %18.1f %6.1f %11.1f%%%n", language, style, words,
          damage.breaks(), per10k(before, words), per10k(after, words),
          damage.breaks() == 0 ? 0 : 100.0 * Math.min(after, damage.breaks()) / damage.breaks());
      wrong.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(show).forEach(e -> out.println("    " + e.getValue() + " × " + e.getKey()));
    }
  }

  private static double per10k(long errors, long words) {
    return words == 0 ? 0 : errors * 10_000.0 / words;
  }

  /** Full texts of the corpus's curated Russian set, split into paragraphs on blank lines. */
  private List<List<String>> russian() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<List<String>> texts = new ArrayList<>();
    try (var in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && texts.size() < documents) {
        JsonNode rec = json.readTree(line);
        String text = rec.path("fulltext").asText("");
        if (rec.path("provenance").asText("").contains(RUSSIAN_SET) && !text.isBlank()) {
          texts.add(Stream.of(text.split("\\n\\s*\\n")).map(String::strip)
              .filter(p -> !p.isEmpty()).toList());
        }
      }
    }
    return texts;
  }

  /** Body paragraphs of PLOS articles as the JATS reader gives them (no repairs involved). */
  private List<List<String>> english() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(jats)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().limit(documents).toList();
    }
    JatsReader reader = new JatsReader();
    List<List<String>> texts = new ArrayList<>();
    for (Path file : files) {
      CollectingSink sink = new CollectingSink();
      reader.read(file, sink);
      for (Article a : sink.articles()) {
        List<String> paragraphs = a.sections().stream().map(Section::paragraphs)
            .flatMap(List::stream).toList();
        if (!paragraphs.isEmpty()) {
          texts.add(paragraphs);
        }
      }
    }
    return texts;
  }

  /** Word-level comparison of a text with its original, ignoring order and punctuation. */
  static final class WordDiff {
    private WordDiff() {}

    static List<String> words(List<String> texts) {
      List<String> words = new ArrayList<>();
      for (String t : texts) {
        for (String w : t.split("\\s+")) {
          String core = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
          if (!core.isEmpty()) {
            words.add(core);
          }
        }
      }
      return words;
    }

    /** How many words of {@code text} the original does not have (counted with multiplicity). */
    static long errors(List<String> original, List<String> text) {
      return extra(original, text).size();
    }

    /** The words of {@code text} that the original does not have, with multiplicity. */
    static List<String> extra(List<String> original, List<String> text) {
      Map<String, Integer> left = new HashMap<>();
      original.forEach(w -> left.merge(w, 1, Integer::sum));
      List<String> extra = new ArrayList<>();
      for (String w : text) {
        Integer n = left.get(w);
        if (n == null || n == 0) {
          extra.add(w);
        } else {
          left.put(w, n - 1);
        }
      }
      return extra;
    }
  }
}
