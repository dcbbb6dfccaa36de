package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightTest {

  @Test
  void marksWordsThatStartLikeTheQueryAndEscapesTheRest() {
    Highlight h = Highlight.of("водная политика");
    assertThat(h.mark("Водной политике <i>России</i> & Co"))
        .isEqualTo("<b>Водной</b> <b>политике</b> &lt;i&gt;России&lt;/i&gt; &amp; Co");
  }

  @Test
  void excerptCentresOnTheFirstMatch() {
    String text = "слово ".repeat(100) + "мерзлота тает " + "конец ".repeat(100);
    String excerpt = Highlight.of("мерзлота").excerpt(text, 120);
    assertThat(excerpt).startsWith("…").endsWith("…").contains("<b>мерзлота</b>");
    assertThat(excerpt.length()).isLessThan(140);
  }

  @Test
  void previewCutsAtAWord() {
    assertThat(Highlight.preview("один два три четыре", 10)).isEqualTo("один два…");
    assertThat(Highlight.preview("коротко", 10)).isEqualTo("коротко");
  }
}
