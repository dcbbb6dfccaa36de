package org.polka.ingest.references;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain sequence tagger over entry tokens: per-feature label weights plus label-to-label
 * transition weights, decoded with Viterbi. Its weights come from {@link TaggerTraining} and are
 * kept as a gzip text resource.
 */
final class Tagger {
  private final List<String> labels;
  private final Map<String, float[]> weights;
  private final float[][] transitions;

  Tagger(List<String> labels, Map<String, float[]> weights, float[][] transitions) {
    this.labels = List.copyOf(labels);
    this.weights = weights;
    this.transitions = transitions;
  }

  List<String> labels() {
    return labels;
  }

  /** The best label index for each token (empty for no tokens). */
  int[] tag(List<List<String>> features) {
    int n = features.size();
    int l = labels.size();
    if (n == 0) {
      return new int[0];
    }
    double[][] score = new double[n][l];
    int[][] back = new int[n][l];
    for (int i = 0; i < n; i++) {
      double[] emit = emissions(features.get(i));
      for (int y = 0; y < l; y++) {
        if (i == 0) {
          score[0][y] = emit[y] + transitions[l][y];
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < l; p++) {
          double s = score[i - 1][p] + transitions[p][y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[i][y] = best + emit[y];
        back[i][y] = arg;
      }
    }
    int[] path = new int[n];
    for (int y = 1; y < l; y++) {
      if (score[n - 1][y] > score[n - 1][path[n - 1]]) {
        path[n - 1] = y;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i][path[i]];
    }
    return path;
  }

  double[] emissions(List<String> features) {
    double[] e = new double[labels.size()];
    for (String f : features) {
      float[] w = weights.get(f);
      if (w != null) {
        for (int y = 0; y < e.length; y++) {
          e[y] += w[y];
        }
      }
    }
    return e;
  }

  /** Reads a model written by {@link #write}. */
  static Tagger read(InputStream in) throws IOException {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      List<String> labels = List.of(r.readLine().split("\t"));
      int l = labels.size();
      float[][] transitions = new float[l + 1][];
      for (int p = 0; p <= l; p++) {
        transitions[p] = floats(r.readLine().split("\t"), 0, l);
      }
      Map<String, float[]> weights = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] parts = line.split("\t");
        float[] w = new float[l];
        for (int k = 1; k < parts.length; k++) {
          int colon = parts[k].indexOf(':');
          w[Integer.parseInt(parts[k].substring(0, colon))] = Float.parseFloat(parts[k].substring(colon + 1));
        }
        weights.put(parts[0], w);
      }
      return new Tagger(labels, weights, transitions);
    }
  }

  /** Writes the model as gzip text: labels, transitions, then one line per feature (sorted). */
  void write(OutputStream out) throws IOException {
    try (PrintWriter w = new PrintWriter(
        new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      w.print(String.join("\t", labels) + "\n");
      for (float[] row : transitions) {
        StringBuilder line = new StringBuilder();
        for (float v : row) {
          line.append(line.isEmpty() ? "" : "\t").append(fmt(v));
        }
        w.print(line + "\n");
      }
      for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
        StringBuilder line = new StringBuilder(e.getKey());
        float[] v = e.getValue();
        for (int y = 0; y < v.length; y++) {
          if (Math.abs(v[y]) >= 0.005f) {
            line.append('\t').append(y).append(':').append(fmt(v[y]));
          }
        }
        if (line.length() > e.getKey().length()) {
          w.print(line + "\n");
        }
      }
    }
  }

  private static String fmt(float v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static float[] floats(String[] parts, int from, int n) {
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      out[i] = Float.parseFloat(parts[from + i]);
    }
    return out;
  }
}
