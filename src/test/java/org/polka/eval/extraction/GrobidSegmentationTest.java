package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrobidSegmentationTest {
  /** Regression: a note inside the body was read as body text, up to the note's end. */
  @Test
  void readsNotesNestedInTheBody() {
    String tei = "<tei><teiHeader><fileDesc/></teiHeader><text xml:lang=\"en\"><front>Title<lb/></front>"
        + "<body>Body line one<lb/> body line two<lb/>"
        + "<note place=\"footnote\">1 The Root Node of T is not a verb.<lb/></note>"
        + "Body goes on<lb/><page>4<lb/></page><note place=\"headnote\">Running head<lb/></note></body>"
        + "<back><listBibl>Ref &amp; one<lb/></listBibl><note place=\"footnote\">3 Second note.<lb/></note></back>"
        + "</text></tei>";
    List<String> lines = GrobidSegmentation.gold(tei).stream().map(l -> l[0] + ":" + l[1]).toList();
    assertThat(lines).containsExactly("other:Title", "other:Body line one", "other:body line two",
        "footnote:1 The Root Node of T is not a verb.", "other:Body goes on", "page:4",
        "headnote:Running head", "other:Ref & one", "footnote:3 Second note.");
  }

  @Test
  void foldsLigaturesAccentsAndSpacingModifiers() {
    assertThat(GrobidSegmentation.plain("Lemaˆ tre–Tolman, justiﬁed"))
        .isEqualTo(GrobidSegmentation.plain("Lemaˆ tre–Tolman, justified"));
    assertThat(GrobidSegmentation.plain("Lemâtre ﬁ")).isEqualTo("Lematre fi");
  }
}
