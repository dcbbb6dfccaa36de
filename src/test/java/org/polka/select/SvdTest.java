package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The randomized truncated SVD against matrices whose decomposition is known. */
class SvdTest {
  private static Svd.Sparse sparse(double[][] dense) {
    int[][] index = new int[dense.length][];
    float[][] value = new float[dense.length][];
    for (int i = 0; i < dense.length; i++) {
      int n = 0;
      for (double x : dense[i]) {
        n += x != 0 ? 1 : 0;
      }
      index[i] = new int[n];
      value[i] = new float[n];
      n = 0;
      for (int j = 0; j < dense[i].length; j++) {
        if (dense[i][j] != 0) {
          index[i][n] = j;
          value[i][n++] = (float) dense[i][j];
        }
      }
    }
    return new Svd.Sparse(dense[0].length, index, value);
  }

  @Test
  void aScaledPermutationGivesItsScalesAndAxes() {
    double[][] x = {{0, 0, 0, 1}, {3, 0, 0, 0}, {0, 0, 2, 0}, {0, 0, 0, 0}, {0, 0.5, 0, 0}};
    Svd.Result r = Svd.truncated(sparse(x), 3, 1);
    assertThat(r.sigma()).hasSize(3);
    assertThat(r.sigma()[0]).isCloseTo(3, within(1e-6));
    assertThat(r.sigma()[1]).isCloseTo(2, within(1e-6));
    assertThat(r.sigma()[2]).isCloseTo(1, within(1e-6));
    assertThat(Math.abs(r.v()[0][0])).isCloseTo(1, within(1e-6));
    assertThat(Math.abs(r.v()[2][1])).isCloseTo(1, within(1e-6));
    assertThat(Math.abs(r.v()[3][2])).isCloseTo(1, within(1e-6));
    assertThat(r.v()[1]).containsOnly(new double[] {0, 0, 0}, within(1e-9));
  }

  @Test
  void aSymmetricMatrixGivesItsEigenvaluesAndEigenvectors() {
    // [[2,1],[1,2]] = 3 along (1,1)/√2 and 1 along (1,-1)/√2
    Svd.Result r = Svd.truncated(sparse(new double[][] {{2, 1}, {1, 2}}), 2, 7);
    assertThat(r.sigma()[0]).isCloseTo(3, within(1e-9));
    assertThat(r.sigma()[1]).isCloseTo(1, within(1e-9));
    assertThat(Math.abs(r.v()[0][0])).isCloseTo(Math.sqrt(0.5), within(1e-9));
    assertThat(r.v()[0][0] * r.v()[1][0]).isCloseTo(0.5, within(1e-9));
    assertThat(r.v()[0][1] * r.v()[1][1]).isCloseTo(-0.5, within(1e-9));
  }

  @Test
  void theLeadingComponentsOfALargerMatrixMatchTheFullDecomposition() {
    // rank 2 plus small noise: the two leading singular values are those of the rank-2 part
    int rows = 60;
    int cols = 40;
    double[][] x = new double[rows][cols];
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        x[i][j] = (i < 30 ? (j < 20 ? 1 : 0) : (j >= 20 ? 0.5 : 0)) + 1e-4 * random.nextGaussian();
      }
    }
    Svd.Result r = Svd.truncated(sparse(x), 2, 11);
    // block of ones 30 × 20: σ = √600; block of halves 30 × 20: σ = 0.5 √600
    assertThat(r.sigma()[0]).isCloseTo(Math.sqrt(600), within(1e-2));
    assertThat(r.sigma()[1]).isCloseTo(0.5 * Math.sqrt(600), within(1e-2));
  }
}
