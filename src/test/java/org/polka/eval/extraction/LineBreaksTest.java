package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineBreaksTest {
  private static final List<String> PRINTED = List.of(
      "A particular view of the socio-economic order and a particu-",
      "lar view of the socio-",
      "economic order, before and after the war: pre- and post-war.");

  private static LineBreaks.Errors judge(String output) {
    LineBreaks doc = new LineBreaks("doc.pdf", PRINTED, List.of(), output);
    LineBreaks.Errors errors = new LineBreaks.Errors();
    doc.judge(doc.printed(), Map.of(), errors);
    return errors;
  }

  @Test
  void countsNoErrorForARightRepair() {
    LineBreaks.Errors errors = judge("A particular view of the socio-economic order and a particular view of the "
        + "socio-economic order, before and after the war: pre- and post-war.");
    assertThat(errors.count()).isZero();
    assertThat(errors.judged).isEqualTo(2);
  }

  @Test
  void countsAWordLeftBrokenAndARealHyphenDropped() {
    LineBreaks.Errors errors = judge("A particular view of the socio-economic order and a particu-lar view of the "
        + "socioeconomic order, before and after the war: pre- and post-war.");
    assertThat(errors.leftBroken).containsExactly("particu-lar (doc.pdf)");
    assertThat(errors.wronglyJoined).containsExactly("socio-economic (doc.pdf)");
  }

  @Test
  void countsAHyphenAndSpaceInsideAWordButNotASuspendedCompound() {
    LineBreaks.Errors errors = judge("A particular view of the socio-economic order and a particu- lar view of the "
        + "socio-economic order, before and after the war: pre- and post-war.");
    assertThat(errors.spaced).containsExactly("particu- lar (doc.pdf)");
    assertThat(errors.leftBroken).hasSize(1);
  }
}
