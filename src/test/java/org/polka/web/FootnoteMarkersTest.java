package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polka.web.view.Pages.Piece;

class FootnoteMarkersTest {
  private final FootnoteMarkers markers = new FootnoteMarkers(Set.of("1", "2", "8", "27"));

  @Test
  void aNumberGluedToAWordOrQuoteIsTheMarkerOfItsNote() {
    assertThat(markers.split("the paper “SNG: nachalo ili konets istorii”1 (The CIS"))
        .containsExactly(new Piece("the paper “SNG: nachalo ili konets istorii”", null),
            new Piece("1", "1"), new Piece(" (The CIS", null));
    assertThat(markers.split("bilateral ties.8")).containsExactly(
        new Piece("bilateral ties.", null), new Piece("8", "8"));
  }

  @Test
  void numbersInsideTokensOrWithoutANoteStayText() {
    List<Piece> pieces = markers.split("Seven Su-27 fighters, Mi-8 helicopters, in 1998 and area51 x3 y");
    assertThat(pieces).extracting(Piece::note).containsOnlyNulls();
  }

  @Test
  void eachNoteIsMarkedOnlyAtItsFirstPlace() {
    assertThat(markers.split("first”2 then again”2")).extracting(Piece::note)
        .containsExactly(null, "2", null);
  }
}
