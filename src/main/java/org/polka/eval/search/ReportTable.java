package org.polka.eval.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation's result as people and programs read it: a table of set, queries, metric, Polka,
 * BM25 and the relative difference, or the same as JSON.
 */
final class ReportTable {
  private ReportTable() {}

  /** The table as text lines. */
  static List<String> lines(List<Evaluation.Row> rows) {
    List<String> out = new java.util.ArrayList<>();
    out.add(String.format(Locale.ROOT, "%-16s %7s  %-10s %7s %7s %9s", "set", "queries", "metric",
        "Polka", "BM25", "diff"));
    for (Evaluation.Row row : rows) {
      List<Double> polka = row.polka().values();
      List<Double> bm25 = row.baseline().values();
      for (int i = 0; i < Score.NAMES.size(); i++) {
        out.add(String.format(Locale.ROOT, "%-16s %7d  %-10s %7.3f %7.3f %9s",
            i == 0 ? row.group() : "", row.polka().queries(), Score.NAMES.get(i), polka.get(i),
            bm25.get(i), difference(polka.get(i), bm25.get(i))));
      }
    }
    return out;
  }

  /** Polka's relative difference from the baseline in percent; "n/a" when the baseline is 0. */
  static String difference(double polka, double baseline) {
    if (baseline == 0) {
      return polka == 0 ? "0.0%" : "n/a";
    }
    return String.format(Locale.ROOT, "%+.1f%%", (polka - baseline) / baseline * 100);
  }

  /** The rows as a JSON document: {@code {"sets": [{"set", "queries", "metrics": {...}}]}}. */
  static String json(List<Evaluation.Row> rows, long seed) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("seed", seed);
    ArrayNode sets = root.putArray("sets");
    for (Evaluation.Row row : rows) {
      ObjectNode set = sets.addObject();
      set.put("set", row.group());
      set.put("queries", row.polka().queries());
      ObjectNode metrics = set.putObject("metrics");
      for (int i = 0; i < Score.NAMES.size(); i++) {
        ObjectNode m = metrics.putObject(Score.NAMES.get(i));
        m.put("polka", row.polka().values().get(i));
        m.put("bm25", row.baseline().values().get(i));
      }
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
