package org.polka.eval.extraction;

import java.util.Locale;
import java.util.Map;

/** The printed form of a dataset's scores: one row per field, P/R/F1 (%) under each rule. */
final class Table {
  private static final String ROW = "%-26s %6s %6s";

  private Table() {}

  /** The table of all fields, then an optional micro-average row over the given counts. */
  static String render(Scores scores, String microLabel, FieldCounts micro) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, ROW, "field", "n gold", "n got"));
    for (Matcher m : Matcher.values()) {
      out.append(String.format(Locale.ROOT, " | %-20s", m.label() + " P/R/F1"));
    }
    out.append('\n');
    for (Map.Entry<String, FieldCounts> e : scores.fields().entrySet()) {
      out.append(row(e.getKey(), e.getValue()));
    }
    if (micro != null) {
      out.append(row(microLabel, micro));
    }
    return out.toString();
  }

  static String row(String name, FieldCounts c) {
    StringBuilder out = new StringBuilder(
        String.format(Locale.ROOT, ROW, name, Integer.toString(c.expected()),
            Integer.toString(c.extracted())));
    for (Matcher m : Matcher.values()) {
      out.append(String.format(Locale.ROOT, " | %6s %6s %6s", pct(c.precision(m)),
          pct(c.recall(m)), pct(c.f1(m))));
    }
    return out.append('\n').toString();
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f", 100 * v);
  }
}
