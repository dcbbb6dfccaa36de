package org.polka.select;

import java.util.Random;

/**
 * A truncated singular value decomposition of a sparse matrix by randomized range finding (Halko,
 * Martinsson and Tropp 2011): the matrix times a fixed-seed Gaussian block, a few power iterations
 * with re-orthonormalisation, then the exact decomposition of the small projected matrix (Jacobi
 * eigenvalues of its Gram matrix). Deterministic for a given matrix.
 */
final class Svd {
  /** Extra columns of the random block beyond the rank asked for. */
  static final int OVERSAMPLE = 20;
  /** Power iterations (each is one product with the matrix and one with its transpose). */
  static final int POWER_ITERATIONS = 4;

  /** A sparse matrix: for each row, its column indices and values. */
  record Sparse(int columns, int[][] index, float[][] value) {
    int rows() {
      return index.length;
    }
  }

  /**
   * The decomposition's leading part.
   *
   * @param sigma the singular values, largest first
   * @param v the right singular vectors, row-major: {@code v[column][component]}
   */
  record Result(double[] sigma, double[][] v) {}

  private Svd() {}

  /** The {@code k} leading singular values and right singular vectors of the matrix. */
  static Result truncated(Sparse x, int k, long seed) {
    int l = Math.min(k + OVERSAMPLE, Math.min(x.rows(), x.columns()));
    Random random = new Random(seed);
    double[][] omega = new double[x.columns()][l];
    for (double[] row : omega) {
      for (int j = 0; j < l; j++) {
        row[j] = random.nextGaussian();
      }
    }
    double[][] q = orthonormal(times(x, omega));
    for (int i = 0; i < POWER_ITERATIONS; i++) {
      q = orthonormal(times(x, orthonormal(transposeTimes(x, q))));
    }
    double[][] w = transposeTimes(x, q);
    double[][] gram = new double[l][l];
    for (double[] row : w) {
      for (int a = 0; a < l; a++) {
        for (int b = a; b < l; b++) {
          gram[a][b] += row[a] * row[b];
        }
      }
    }
    for (int a = 0; a < l; a++) {
      for (int b = 0; b < a; b++) {
        gram[a][b] = gram[b][a];
      }
    }
    double[][] vectors = new double[l][l];
    double[] values = jacobi(gram, vectors);
    Integer[] order = new Integer[l];
    for (int i = 0; i < l; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    int kept = Math.min(k, l);
    double[] sigma = new double[kept];
    double[][] v = new double[x.columns()][kept];
    for (int c = 0; c < kept; c++) {
      int e = order[c];
      sigma[c] = Math.sqrt(Math.max(0, values[e]));
      if (sigma[c] == 0) {
        continue;
      }
      for (int j = 0; j < w.length; j++) {
        double s = 0;
        for (int a = 0; a < l; a++) {
          s += w[j][a] * vectors[a][e];
        }
        v[j][c] = s / sigma[c];
      }
    }
    return new Result(sigma, v);
  }

  /** The matrix times a dense block (columns × l): rows × l. */
  static double[][] times(Sparse x, double[][] block) {
    int l = block.length == 0 ? 0 : block[0].length;
    double[][] out = new double[x.rows()][l];
    for (int i = 0; i < x.rows(); i++) {
      double[] o = out[i];
      for (int n = 0; n < x.index()[i].length; n++) {
        double value = x.value()[i][n];
        double[] b = block[x.index()[i][n]];
        for (int j = 0; j < l; j++) {
          o[j] += value * b[j];
        }
      }
    }
    return out;
  }

  /** The transposed matrix times a dense block (rows × l): columns × l. */
  static double[][] transposeTimes(Sparse x, double[][] block) {
    int l = block.length == 0 ? 0 : block[0].length;
    double[][] out = new double[x.columns()][l];
    for (int i = 0; i < x.rows(); i++) {
      double[] b = block[i];
      for (int n = 0; n < x.index()[i].length; n++) {
        double value = x.value()[i][n];
        double[] o = out[x.index()[i][n]];
        for (int j = 0; j < l; j++) {
          o[j] += value * b[j];
        }
      }
    }
    return out;
  }

  /** The block's columns made orthonormal (modified Gram-Schmidt; a dependent column becomes 0). */
  static double[][] orthonormal(double[][] block) {
    int rows = block.length;
    int l = rows == 0 ? 0 : block[0].length;
    double[][] col = new double[l][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < l; j++) {
        col[j][i] = block[i][j];
      }
    }
    for (int j = 0; j < l; j++) {
      for (int p = 0; p < j; p++) {
        double dot = 0;
        for (int i = 0; i < rows; i++) {
          dot += col[j][i] * col[p][i];
        }
        for (int i = 0; i < rows; i++) {
          col[j][i] -= dot * col[p][i];
        }
      }
      double norm = 0;
      for (int i = 0; i < rows; i++) {
        norm += col[j][i] * col[j][i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < rows; i++) {
        col[j][i] = norm > 1e-12 ? col[j][i] / norm : 0;
      }
    }
    double[][] out = new double[rows][l];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < l; j++) {
        out[i][j] = col[j][i];
      }
    }
    return out;
  }

  /**
   * The eigenvalues of a symmetric matrix (cyclic Jacobi rotations; the matrix is overwritten),
   * with the eigenvectors as the columns of {@code vectors}.
   */
  static double[] jacobi(double[][] a, double[][] vectors) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double all = 0;
      for (int p = 0; p < n; p++) {
        for (int q = 0; q < n; q++) {
          all += a[p][q] * a[p][q];
          off += p == q ? 0 : a[p][q] * a[p][q];
        }
      }
      if (off <= 1e-22 * Math.max(all, 1e-300)) {
        break;
      }
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] != 0) {
            rotate(a, vectors, p, q);
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return values;
  }

  private static void rotate(double[][] a, double[][] v, int p, int q) {
    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
    double t = Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    int n = a.length;
    for (int k = 0; k < n; k++) {
      double akp = a[k][p];
      double akq = a[k][q];
      a[k][p] = c * akp - s * akq;
      a[k][q] = s * akp + c * akq;
    }
    for (int k = 0; k < n; k++) {
      double apk = a[p][k];
      double aqk = a[q][k];
      a[p][k] = c * apk - s * aqk;
      a[q][k] = s * apk + c * aqk;
    }
    for (int k = 0; k < n; k++) {
      double vkp = v[k][p];
      double vkq = v[k][q];
      v[k][p] = c * vkp - s * vkq;
      v[k][q] = s * vkp + c * vkq;
    }
  }
}
