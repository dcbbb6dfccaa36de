package org.polka.select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * An article's compact term signature, made once at indexing time: for each index term (as the
 * text analyzer makes it) its frequency in the front matter (title and keywords counted twice,
 * abstracts once, else the opening paragraphs once), its frequency in the body (the
 * {@value #BODY_TERMS} most frequent body terms), and the word it is most often written as.
 *
 * <p>Weights that depend on the corpus (inverse document frequencies) are applied when the
 * signature is read, from the index's current statistics; the signature itself depends only on the
 * article. Stored as text, one term per line: {@code term TAB word TAB front TAB body}.
 */
record Signature(List<Entry> entries) {
  /** One term of the signature. */
  record Entry(String term, String surface, double front, int body) {}

  /** Body terms kept: the most frequent ones (Lucene's MoreLikeThis needs a frequency of 2). */
  static final int BODY_TERMS = 250;
  /** Body characters analysed (a long full text says what it is about well before this). */
  static final int BODY_CHARS = 60_000;
  /** Body paragraphs that stand for the abstract of an article without one. */
  static final int OPENING_PARAGRAPHS = 3;

  static final Signature EMPTY = new Signature(List.of());

  /** The signature of an article's texts, analysed with the index's text analyzer. */
  static Signature of(Analyzer analyzer, String title, List<String> keywords,
      List<String> abstracts, List<String> body) {
    Counts counts = new Counts();
    counts.add(analyzer, title, 2, false);
    keywords.forEach(k -> counts.add(analyzer, k, 2, false));
    List<String> summary = abstracts.isEmpty()
        ? body.subList(0, Math.min(OPENING_PARAGRAPHS, body.size())) : abstracts;
    summary.forEach(a -> counts.add(analyzer, a, 1, false));
    int chars = 0;
    for (String p : body) {
      if (chars >= BODY_CHARS) {
        break;
      }
      String part = p.length() > BODY_CHARS - chars ? p.substring(0, BODY_CHARS - chars) : p;
      counts.add(analyzer, part, 1, true);
      chars += part.length();
    }
    return counts.signature();
  }

  /** Whether the signature holds body terms (the article has a full text). */
  boolean hasBody() {
    return entries.stream().anyMatch(e -> e.body() > 0);
  }

  /** The signature as stored. */
  String encode() {
    StringBuilder out = new StringBuilder(entries.size() * 24);
    for (Entry e : entries) {
      out.append(e.term()).append('\t').append(e.surface()).append('\t')
          .append(e.front() == Math.rint(e.front()) ? String.valueOf((long) e.front())
              : String.valueOf(e.front()))
          .append('\t').append(e.body()).append('\n');
    }
    return out.toString();
  }

  /** A stored signature read back (lines that do not parse are skipped). */
  static Signature decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      return EMPTY;
    }
    List<Entry> out = new ArrayList<>();
    int start = 0;
    while (start < stored.length()) {
      int end = stored.indexOf('\n', start);
      end = end < 0 ? stored.length() : end;
      int a = stored.indexOf('\t', start);
      int b = a < 0 ? -1 : stored.indexOf('\t', a + 1);
      int c = b < 0 ? -1 : stored.indexOf('\t', b + 1);
      if (c > 0 && c < end) {
        try {
          out.add(new Entry(stored.substring(start, a), stored.substring(a + 1, b),
              Double.parseDouble(stored.substring(b + 1, c)),
              Integer.parseInt(stored.substring(c + 1, end))));
        } catch (NumberFormatException e) {
          // a damaged line carries no weight
        }
      }
      start = end + 1;
    }
    return new Signature(List.copyOf(out));
  }

  /** Term counts of the texts seen so far, and how each term was written. */
  private static final class Counts {
    private final Map<String, double[]> counts = new HashMap<>();
    private final Map<String, Map<String, Integer>> written = new HashMap<>();

    void add(Analyzer analyzer, String value, double weight, boolean body) {
      if (value == null || value.isBlank()) {
        return;
      }
      try (TokenStream stream = analyzer.tokenStream("abstract", value)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          String t = term.toString();
          if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
            double[] c = counts.computeIfAbsent(t, x -> new double[2]);
            c[body ? 1 : 0] += body ? 1 : weight;
            int end = Math.min(offset.endOffset(), value.length());
            String surface = value.substring(Math.min(offset.startOffset(), end), end)
                .toLowerCase(Locale.ROOT);
            written.computeIfAbsent(t, x -> new HashMap<>(2)).merge(surface, 1, Integer::sum);
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot analyze text", e);
      }
    }

    Signature signature() {
      List<String> bodyTerms = counts.entrySet().stream().filter(e -> e.getValue()[1] > 0)
          .sorted(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[1])
              .thenComparing(Map.Entry::getKey))
          .limit(BODY_TERMS).map(Map.Entry::getKey).toList();
      java.util.Set<String> keptBody = new java.util.HashSet<>(bodyTerms);
      List<Entry> out = new ArrayList<>();
      counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        double front = e.getValue()[0];
        int body = keptBody.contains(e.getKey()) ? (int) e.getValue()[1] : 0;
        if (front > 0 || body > 0) {
          out.add(new Entry(e.getKey(), surface(written.get(e.getKey())), front, body));
        }
      });
      return new Signature(List.copyOf(out));
    }

    /** The most frequent way of writing a term (ties: the alphabetically first). */
    private static String surface(Map<String, Integer> forms) {
      return forms.entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey).orElseThrow().replace('\t', ' ').replace('\n', ' ');
    }
  }
}
