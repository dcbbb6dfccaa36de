package org.polka.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The latent model: fitted on signatures, folding articles in, and stored and read back. */
class LatentModelTest {
  private static Signature sig(String... termsAndBody) {
    List<Signature.Entry> entries = new ArrayList<>();
    for (String t : termsAndBody) {
      entries.add(new Signature.Entry(t, t, 1, 2));
    }
    entries.sort(java.util.Comparator.comparing(Signature.Entry::term));
    return new Signature(entries);
  }

  /** Two subjects with disjoint words, each article using three of its subject's four words. */
  private static List<Signature> sample() {
    String[] history = {"war", "king", "treaty", "empire"};
    String[] chemistry = {"polymer", "catalyst", "ethylene", "synthesis"};
    List<Signature> out = new ArrayList<>();
    for (int skip = 0; skip < 4; skip++) {
      List<String> h = new ArrayList<>(List.of(history));
      List<String> c = new ArrayList<>(List.of(chemistry));
      h.remove(skip);
      c.remove(skip);
      out.add(sig(h.toArray(String[]::new)));
      out.add(sig(c.toArray(String[]::new)));
    }
    out.add(sig("unique"));
    return out;
  }

  @Test
  void articlesOfOneSubjectFoldInTogetherEvenWithoutSharedWords() {
    LatentModel model = LatentModel.fit(sample(), 2, 100);
    assertThat(model.dimensions()).isEqualTo(2);
    assertThat(model.terms()).doesNotContainKey("unique").containsKeys("war", "polymer");
    float[] war = model.foldIn(sig("war", "king"));
    float[] treaty = model.foldIn(sig("treaty", "empire"));
    float[] polymer = model.foldIn(sig("polymer", "catalyst"));
    assertThat(LatentModel.cosine(war, war)).isCloseTo(1, within(1e-5));
    assertThat(LatentModel.cosine(war, treaty)).isGreaterThan(0.95);
    assertThat(LatentModel.cosine(war, polymer)).isLessThan(0.1);
  }

  @Test
  void aSignatureWithoutVocabularyTermsHasNoVector() {
    LatentModel model = LatentModel.fit(sample(), 2, 100);
    assertThat(model.foldIn(sig("unique", "unseen"))).isEmpty();
    assertThat(LatentModel.cosine(model.foldIn(sig("unseen")), model.foldIn(sig("war"))))
        .isZero();
  }

  @Test
  void theVocabularyKeepsTheTermsInMostArticles() {
    List<Signature> sample = new ArrayList<>(sample());
    sample.add(sig("war", "often"));
    sample.add(sig("war", "often"));
    sample.add(sig("rare", "polymer"));
    sample.add(sig("rare", "king"));
    LatentModel model = LatentModel.fit(sample, 2, 3);
    assertThat(model.terms()).containsOnlyKeys("war", "king", "polymer");
  }

  @Test
  void aStoredModelFoldsInAsTheFittedOne() {
    LatentModel model = LatentModel.fit(sample(), 2, 100);
    LatentModel read = LatentModel.decode(model.encode());
    assertThat(read.terms()).isEqualTo(model.terms());
    Signature s = sig("war", "treaty", "polymer");
    assertThat(read.foldIn(s)).containsExactly(model.foldIn(s));
  }
}
