package org.polka.select;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A latent semantic model of the library: for each term of a bounded vocabulary its inverse
 * document frequency and its row of the term basis (the leading right singular vectors of the
 * tf-idf matrix of a sample of term signatures). An article's latent vector is its signature's
 * tf-idf vector projected on the basis (a fold-in: the same as its row of U·Σ for a sampled
 * article), unit length, so the dot product of two vectors is their cosine.
 *
 * <p>Term weights are those of similar articles' whole-text vectors: front matter 1 + ln tf plus
 * {@value #BODY_WEIGHT} × body 1 + ln tf, times idf to the power {@value #IDF_POWER}, the row made
 * unit length; idf is BM25's over the sample.
 */
record LatentModel(int dimensions, Map<String, Integer> terms, float[] idf, float[] basis) {
  /** Weight of body counts against front matter (as in {@link Selector#DEFAULTS}). */
  static final double BODY_WEIGHT = 4;
  /** Power of idf in the weights (as in {@link Selector#DEFAULTS}). */
  static final double IDF_POWER = 0.5;
  /** Seed of the randomized decomposition (the fit is deterministic). */
  static final long SEED = 20261203L;

  /** Fits a model of {@code k} dimensions on the signatures, keeping at most {@code maxTerms}. */
  static LatentModel fit(List<Signature> sample, int k, int maxTerms) {
    Map<String, Integer> df = new HashMap<>();
    sample.forEach(s -> s.entries().forEach(e -> df.merge(e.term(), 1, Integer::sum)));
    List<String> vocabulary = df.entrySet().stream().filter(e -> e.getValue() >= 2)
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry::getKey))
        .limit(maxTerms).map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> terms = new HashMap<>();
    float[] idf = new float[vocabulary.size()];
    int n = sample.size();
    for (String t : vocabulary) {
      int d = df.get(t);
      idf[terms.size()] = (float) Math.log(1 + (n - d + 0.5) / (d + 0.5));
      terms.put(t, terms.size());
    }
    LatentModel empty = new LatentModel(0, terms, idf, new float[0]);
    int[][] index = new int[n][];
    float[][] value = new float[n][];
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> row = empty.weights(sample.get(i));
      index[i] = row.keySet().stream().mapToInt(Integer::intValue).toArray();
      value[i] = new float[index[i].length];
      for (int j = 0; j < index[i].length; j++) {
        value[i][j] = row.get(index[i][j]).floatValue();
      }
    }
    Svd.Result svd = Svd.truncated(new Svd.Sparse(terms.size(), index, value), k, SEED);
    int dims = svd.sigma().length;
    float[] basis = new float[terms.size() * dims];
    for (int t = 0; t < terms.size(); t++) {
      for (int c = 0; c < dims; c++) {
        basis[t * dims + c] = (float) svd.v()[t][c];
      }
    }
    return new LatentModel(dims, terms, idf, basis);
  }

  /** The latent vector of a signature; empty when none of its terms is in the vocabulary. */
  float[] foldIn(Signature signature) {
    return project(weights(signature));
  }

  /**
   * The latent vector of a query's term weights (a topic's tf-idf vector), terms outside the
   * vocabulary left out; empty when none is in it.
   */
  float[] foldIn(Map<String, Double> query) {
    Map<Integer, Double> byNumber = new HashMap<>();
    query.forEach((term, w) -> {
      Integer t = terms.get(term);
      if (t != null) {
        byNumber.merge(t, w, Double::sum);
      }
    });
    return project(byNumber);
  }

  private float[] project(Map<Integer, Double> weights) {
    double[] z = new double[dimensions];
    weights.forEach((t, w) -> {
      for (int c = 0; c < dimensions; c++) {
        z[c] += w * basis[t * dimensions + c];
      }
    });
    double norm = 0;
    for (double x : z) {
      norm += x * x;
    }
    if (norm == 0) {
      return new float[0];
    }
    float[] out = new float[dimensions];
    for (int c = 0; c < dimensions; c++) {
      out[c] = (float) (z[c] / Math.sqrt(norm));
    }
    return out;
  }

  /** The cosine of two latent vectors (0 when either is missing or they differ in length). */
  static double cosine(float[] a, float[] b) {
    if (a == null || b == null || a.length != b.length) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** The unit-length tf-idf weights of the signature's vocabulary terms, by term number. */
  private Map<Integer, Double> weights(Signature signature) {
    Map<Integer, Double> out = new HashMap<>();
    double norm = 0;
    for (Signature.Entry e : signature.entries()) {
      Integer t = terms.get(e.term());
      double tf = (e.front() > 0 ? 1 + Math.log(Math.max(1, e.front())) : 0)
          + (e.body() > 0 ? BODY_WEIGHT * (1 + Math.log(e.body())) : 0);
      if (t != null && tf > 0) {
        double w = tf * Math.pow(idf[t], IDF_POWER);
        out.merge(t, w, Double::sum);
        norm += w * w;
      }
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      out.replaceAll((t, w) -> w / length);
    }
    return out;
  }

  /** The model as stored. */
  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(dimensions);
      out.writeInt(terms.size());
      List<String> byNumber = new ArrayList<>(terms.keySet());
      byNumber.sort(Comparator.comparing(terms::get));
      for (String t : byNumber) {
        int i = terms.get(t);
        out.writeUTF(t);
        out.writeFloat(idf[i]);
        for (int c = 0; c < dimensions; c++) {
          out.writeFloat(basis[i * dimensions + c]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A stored model read back. */
  static LatentModel decode(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      int dims = in.readInt();
      int size = in.readInt();
      Map<String, Integer> terms = new HashMap<>();
      float[] idf = new float[size];
      float[] basis = new float[size * dims];
      for (int i = 0; i < size; i++) {
        terms.put(in.readUTF(), i);
        idf[i] = in.readFloat();
        for (int c = 0; c < dims; c++) {
          basis[i * dims + c] = in.readFloat();
        }
      }
      return new LatentModel(dims, terms, idf, basis);
    } catch (IOException e) {
      throw new UncheckedIOException("damaged latent model", e);
    }
  }
}
