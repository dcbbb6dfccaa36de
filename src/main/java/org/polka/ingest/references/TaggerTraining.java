package org.polka.ingest.references;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The training of a {@link Tagger}: an averaged structured perceptron over labelled entries, with
 * a fixed shuffling seed so that the same examples always give the same model.
 */
public final class TaggerTraining {
  private TaggerTraining() {}

  /** Trains a tagger on the labelled entries and writes it to {@code out} (gzip text). */
  public static void trainAndWrite(List<List<Segment>> examples, int epochs, OutputStream out)
      throws IOException {
    train(examples, epochs).write(out);
  }

  /**
   * Trains a tagger on labelled entries for {@code epochs} passes and returns it.
   *
   * @param examples entries as labelled segments (labels from {@link Labels#ALL})
   */
  static Tagger train(List<List<Segment>> examples, int epochs) {
    List<String> labels = Labels.ALL;
    int l = labels.size();
    List<Example> data = new ArrayList<>();
    for (List<Segment> e : examples) {
      Example ex = Example.of(e);
      if (!ex.tokens().isEmpty()) {
        data.add(ex);
      }
    }
    Map<String, float[]> w = new HashMap<>();
    Map<String, float[]> u = new HashMap<>();
    float[][] tw = new float[l + 1][l];
    float[][] tu = new float[l + 1][l];
    Random random = new Random(20261129L);
    int c = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(data, random);
      for (Example ex : data) {
        int[] got = new Tagger(labels, w, tw).tag(ex.features());
        int[] want = ex.labels();
        for (int i = 0; i < want.length; i++) {
          if (got[i] != want[i]) {
            for (String f : ex.features().get(i)) {
              update(w, u, f, want[i], got[i], c, l);
            }
          }
          int pw = i == 0 ? l : want[i - 1];
          int pg = i == 0 ? l : got[i - 1];
          if (pw != pg || want[i] != got[i]) {
            tw[pw][want[i]] += 1;
            tu[pw][want[i]] += c;
            tw[pg][got[i]] -= 1;
            tu[pg][got[i]] -= c;
          }
        }
        c++;
      }
    }
    Map<String, float[]> avg = new HashMap<>();
    for (Map.Entry<String, float[]> e : w.entrySet()) {
      float[] v = e.getValue();
      float[] a = u.get(e.getKey());
      float[] out = new float[l];
      for (int y = 0; y < l; y++) {
        out[y] = v[y] - a[y] / c;
      }
      avg.put(e.getKey(), out);
    }
    float[][] tavg = new float[l + 1][l];
    for (int p = 0; p <= l; p++) {
      for (int y = 0; y < l; y++) {
        tavg[p][y] = tw[p][y] - tu[p][y] / c;
      }
    }
    return new Tagger(labels, avg, tavg);
  }

  private static void update(Map<String, float[]> w, Map<String, float[]> u, String f, int good,
      int bad, int c, int l) {
    float[] v = w.computeIfAbsent(f, k -> new float[l]);
    float[] a = u.computeIfAbsent(f, k -> new float[l]);
    v[good] += 1;
    a[good] += c;
    v[bad] -= 1;
    a[bad] -= c;
  }

  /** One entry as tokens, features and gold label indexes. */
  record Example(List<Token> tokens, List<List<String>> features, int[] labels) {
    static Example of(List<Segment> segments) {
      StringBuilder text = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      for (Segment s : segments) {
        int start = text.length();
        text.append(s.text());
        spans.add(new int[] {start, text.length(), Labels.index(s.label())});
      }
      List<Token> tokens = Tokens.of(text.toString());
      int[] gold = new int[tokens.size()];
      int k = 0;
      for (int i = 0; i < tokens.size(); i++) {
        while (k < spans.size() - 1 && tokens.get(i).start() >= spans.get(k)[1]) {
          k++;
        }
        gold[i] = spans.get(k)[2];
      }
      return new Example(tokens, Features.of(tokens), gold);
    }
  }
}
