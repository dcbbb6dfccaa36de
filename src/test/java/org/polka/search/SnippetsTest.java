package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Marker-highlighted text becomes safe HTML. */
class SnippetsTest {
  private static String marked(String word) {
    return Snippets.PRE + word + Snippets.POST;
  }

  @Test
  void escapesEverythingButTheMarks() {
    assertThat(Snippets.toHtml("<a href=\"x\">" + marked("Tom & Jerry's") + "</a>\n\n end"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;<mark>Tom &amp; Jerry&#39;s</mark>&lt;/a&gt; end");
  }

  @Test
  void strayMarkersAreDropped() {
    assertThat(Snippets.toHtml("a" + Snippets.POST + " b" + Snippets.PRE)).isEqualTo("a b");
    assertThat(Snippets.stripMarkers(marked("x"))).isEqualTo("x");
  }

  @Test
  void bestPrefersTheFragmentMatchingMoreWordsThenTheEarlierOne() {
    String one = "about " + marked("trade");
    String two = marked("Trade") + " and " + marked("routes") + " " + marked("trade");
    assertThat(Snippets.best(Arrays.asList(one, two))).isEqualTo(Snippets.toHtml(two));
    assertThat(Snippets.best(Arrays.asList(one, "x " + marked("y")))).isEqualTo(Snippets.toHtml(one));
    assertThat(Snippets.best(Arrays.asList(null, "plain start"))).isEqualTo("plain start");
    assertThat(Snippets.best(Arrays.asList(null, null))).isNull();
  }
}
