package org.polka.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A generator of benchmark corpora: any number of records in the corpus record schema, made by
 * recombining the titles, abstracts, texts and metadata of real records. For benchmarks only.
 *
 * <p>Record {@code i} copies the shape of a template record (its source, language, journal, year,
 * discipline, licence, and which fields it has and how long they are) and fills it with a mix of the
 * template and a partner record of the same language (and discipline, where there is one): a title
 * spliced from both, abstract sentences and text paragraphs taken from either, authors and keywords
 * drawn from records in the same language. Templates go round the source records in a shuffled order,
 * so every source record is used once per round and the languages keep their proportions. The output
 * depends only on the source records, the seed and {@code i}.
 */
public final class CorpusGenerator {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
  private static final Pattern NEWLINE = Pattern.compile("\\n");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final ObjectMapper json = new ObjectMapper();
  private final List<ObjectNode> sources;
  private final long seed;
  private final Map<String, List<Integer>> byLanguage = new HashMap<>();
  private final Map<String, List<Integer>> byLanguageAndDiscipline = new HashMap<>();
  private final Map<String, List<String>> authorsByLanguage = new HashMap<>();
  private final Map<String, List<String>> keywordsByLanguage = new HashMap<>();
  private final List<Pieces[]> pieces = new ArrayList<>();
  private int[] round = new int[0];
  private long roundNumber = -1;

  /** A generator over these source records (corpus record objects), with this seed. */
  public CorpusGenerator(List<ObjectNode> sources, long seed) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("the generator needs at least one source record");
    }
    this.sources = List.copyOf(sources);
    this.seed = seed;
    for (int i = 0; i < this.sources.size(); i++) {
      ObjectNode r = this.sources.get(i);
      String language = text(r, "language");
      byLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(i);
      byLanguageAndDiscipline.computeIfAbsent(language + "|" + text(r, "discipline"),
          k -> new ArrayList<>()).add(i);
      strings(r, "authors").forEach(a -> authorsByLanguage.computeIfAbsent(language,
          k -> new ArrayList<>()).add(a));
      strings(r, "keywords").forEach(k -> keywordsByLanguage.computeIfAbsent(language,
          x -> new ArrayList<>()).add(k));
      pieces.add(new Pieces[] {Pieces.sentences(text(r, "abstract")),
          Pieces.sentences(text(r, "abstract_en")), Pieces.paragraphs(text(r, "fulltext"))});
    }
  }

  /** Reads the source records of a JSON Lines file (gzip allowed); blank lines are skipped. */
  public static List<ObjectNode> readSources(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<ObjectNode> records = new ArrayList<>();
    var raw = Files.newInputStream(file);
    var in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        if (!(node instanceof ObjectNode o)) {
          throw new IOException(file + " line " + lineNo + ": a record must be a JSON object");
        }
        records.add(o);
      }
    }
    return records;
  }

  /** Makes records {@code 0 … n-1}, in order, handing each to the consumer. */
  public void generate(long n, Consumer<ObjectNode> out) {
    for (long i = 0; i < n; i++) {
      out.accept(record(i));
    }
  }

  /** Record number {@code i}. */
  public ObjectNode record(long i) {
    int ti = template(i);
    ObjectNode t = sources.get(ti);
    SplittableRandom random = new SplittableRandom(mix(seed, i));
    String language = text(t, "language");
    int pi = partner(t, language, random);
    ObjectNode p = sources.get(pi);
    Pieces[] own = pieces.get(ti);
    Pieces[] theirs = pieces.get(pi);
    ObjectNode r = json.createObjectNode();
    r.put("source", text(t, "source"));
    r.put("id", text(t, "id") + "~g" + i);
    String url = text(t, "url");
    r.put("url", url == null ? null : url + "-g" + i);
    r.put("title", splice(text(t, "title"), text(p, "title"), random));
    r.set("authors", drawn(strings(t, "authors").size(), authorsByLanguage.get(language), random));
    r.set("journal", t.get("journal"));
    r.set("year", t.get("year"));
    r.set("keywords", drawn(strings(t, "keywords").size(), keywordsByLanguage.get(language), random));
    r.set("discipline", t.get("discipline"));
    r.put("abstract", own[0].mixedWith(theirs[0], random));
    r.put("abstract_en", own[1].mixedWith(theirs[1], random));
    r.put("fulltext", own[2].mixedWith(theirs[2], random));
    r.put("language", language);
    r.set("license", t.get("license"));
    r.put("provenance", "polka bench generate (seed %d) from %s %s and %s".formatted(seed,
        text(t, "source"), text(t, "id"), text(p, "id")));
    return r;
  }

  /** The index of record i's template: source records in a shuffled order, reshuffled each round. */
  private int template(long i) {
    long number = i / sources.size();
    if (number != roundNumber) {
      round = shuffled(sources.size(), new SplittableRandom(mix(seed ^ 0x5DEECE66DL, number)));
      roundNumber = number;
    }
    return round[(int) (i % sources.size())];
  }

  private int partner(ObjectNode t, String language, SplittableRandom random) {
    List<Integer> same = byLanguageAndDiscipline.get(language + "|" + text(t, "discipline"));
    List<Integer> pool = same.size() > 1 ? same : byLanguage.get(language);
    return pool.get(random.nextInt(pool.size()));
  }

  /** The first part of one title (at least half its words) and the last part of the other. */
  static String splice(String title, String other, SplittableRandom random) {
    if (title == null || other == null) {
      return title;
    }
    String[] a = SPACES.split(title.strip());
    String[] b = SPACES.split(other.strip());
    if (a.length < 2 || b.length < 2) {
      return title;
    }
    int cut = (a.length + 1) / 2 + random.nextInt(a.length - (a.length + 1) / 2);
    int from = b.length / 2 + random.nextInt(b.length - b.length / 2);
    List<String> words = new ArrayList<>(List.of(a).subList(0, cut));
    words.addAll(List.of(b).subList(from, b.length));
    return String.join(" ", words);
  }

  /**
   * A text cut into sentences or paragraphs, with the separator that joins them again; a null or
   * blank text is kept as it was (absent), with no pieces.
   */
  record Pieces(String absent, String[] parts, String joiner) {
    static Pieces sentences(String text) {
      return of(text, SENTENCE_END, " ");
    }

    static Pieces paragraphs(String text) {
      boolean blankLines = text != null && BLANK_LINE.matcher(text).find();
      return of(text, blankLines ? BLANK_LINE : NEWLINE, blankLines ? "\n\n" : "\n");
    }

    private static Pieces of(String text, Pattern split, String joiner) {
      if (text == null || text.isBlank()) {
        return new Pieces(text, new String[0], joiner);
      }
      return new Pieces(null, split.split(text.strip()), joiner);
    }

    /**
     * As many pieces as this text has, each either its own or, at random, the other text's piece
     * at the same place (round the other's end) when that is not much longer; absent stays absent.
     */
    String mixedWith(Pieces other, SplittableRandom random) {
      if (parts.length == 0) {
        return absent;
      }
      StringBuilder out = new StringBuilder();
      for (int k = 0; k < parts.length; k++) {
        if (k > 0) {
          out.append(joiner);
        }
        String piece = parts[k];
        if (other.parts.length > 0 && random.nextBoolean()) {
          String candidate = other.parts[k % other.parts.length];
          if (candidate.length() <= 2 * piece.length() + 80) {
            piece = candidate;
          }
        }
        out.append(piece);
      }
      return out.toString();
    }
  }

  private ArrayNode drawn(int count, List<String> pool, SplittableRandom random) {
    ArrayNode out = json.createArrayNode();
    if (pool == null || pool.isEmpty()) {
      return out;
    }
    for (int k = 0; k < count; k++) {
      out.add(pool.get(random.nextInt(pool.size())));
    }
    return out;
  }

  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      order[k] = k;
    }
    for (int k = n - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int tmp = order[k];
      order[k] = order[j];
      order[j] = tmp;
    }
    return order;
  }

  private static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + i;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String text(JsonNode r, String field) {
    JsonNode v = r.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode r, String field) {
    JsonNode v = r.get(field);
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(e -> {
        if (e.isTextual() && !e.asText().isBlank()) {
          out.add(e.asText());
        }
      });
    }
    return out;
  }
}
