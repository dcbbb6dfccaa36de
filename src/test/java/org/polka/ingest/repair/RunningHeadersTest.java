package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunningHeadersTest {

  @Test
  void dropsPageNumbersAndRepeatedShortLines() {
    List<String> lines = List.of("STEPPE REVIEW No. 3, 2009", "First paragraph of the text.", "17",
        "STEPPE REVIEW No. 3, 2009", "Second paragraph.", "- 18 -", "STEPPE REVIEW No. 3, 2009",
        "Third paragraph.");
    RunningHeaders result = RunningHeaders.filter(lines);
    assertThat(result.kept()).containsExactly("First paragraph of the text.", "Second paragraph.",
        "Third paragraph.");
    assertThat(result.dropped()).containsExactly("STEPPE REVIEW No. 3, 2009", "17", "- 18 -");
  }

  @Test
  void keepsLinesThatRepeatOnlyTwiceOrAreLong() {
    String longLine = "Ibidem, and a long line that repeats but carries text. ".repeat(2);
    List<String> lines = List.of("3 Ibidem.", "3 Ibidem.", longLine, longLine, longLine, "1998 was hard.");
    assertThat(RunningHeaders.filter(lines).kept()).isEqualTo(lines);
  }
}
