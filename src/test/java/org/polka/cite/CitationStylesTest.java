package org.polka.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Twenty records in each CSL style, against references written by hand from the styles' rules.
 *
 * <p>Where a first reading missed a rule of an official style (APA and Harvard put an issue without
 * a volume in parentheses; Chicago prints the month when there is no issue and "ahead of print" when
 * there are no volume and pages, and quotes a title only inside a container; Harvard puts the journal
 * first when there is no author and marks an article without volume and pages "[Preprint]"; all
 * typeset apostrophes as ’), the rule was found in the CSL file before the expectation was changed.
 */
class CitationStylesTest {
  private static final Citations CITATIONS = new Citations();
  private static final List<String> STYLES = List.of("gost-r-7.0.100-2018", "gost-r-7.0.5-2008", "apa",
      "chicago", "harvard", "ieee");

  static Stream<Arguments> cases() {
    return Stream.concat(RussianCases.all().stream(), EnglishCases.all().stream())
        .flatMap(c -> STYLES.stream().map(s -> Arguments.of(s, c)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void formatsAsTheStyleSays(String style, Case c) {
    assertThat(CITATIONS.format(c.article(), style, "text")).isEqualTo(c.expected().get(style));
  }
}
