package org.polka.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.PersonName;
import org.polka.article.Reference;

class ReferencesTest {
  private static final Reference BORJAS = References.of(
      "Borjas, G. J. (1987), Self-selection and the earnings of immigrants, American Economic Review, 77 (4), 531-553.",
      List.of(new PersonName("G. J.", "Borjas")), "Self-selection and the earnings of immigrants",
      "American Economic Review", "1987", "77", "4", "531-553", null, null);
  private static final Reference DOWNS = References.of(
      "Downs, Anthony (1957): An Economic Theory of Democracy. New York: Harper and Row.",
      List.of(new PersonName("Anthony", "Downs")), "An Economic Theory of Democracy", null, "1957",
      null, null, null, "Harper and Row", null);

  @Test
  void alignsMostSimilarEntriesOneToOneWhateverTheOrder() {
    Reference downsRaw = Reference.raw(DOWNS.raw());
    Reference borjasParsed = References.of(null, List.of(new PersonName("G.J.", "Borjas")),
        "Self selection and the earnings of immigrants.", "Amer. Econ. Rev.", "1987", "77", null,
        "531–553", null, null);
    Reference junk = Reference.raw("Table 3: wages by origin");
    var pairs = References.align(List.of(BORJAS, DOWNS), List.of(junk, downsRaw, borjasParsed));
    assertThat(pairs).extracting(References.Pair::gold, References.Pair::extracted)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(1, 1));
  }

  /**
   * Regression: an entry printed exactly as the gold prints it, whose subtitle the parser took for
   * the title, was not aligned (the titles differ), so it counted as a missed and a spurious entry
   * in every field instead of one wrong title.
   */
  @Test
  void anEntryWithTheGoldsRawStringAlignsEvenWithAWrongTitle() {
    Reference subtitleAsTitle = References.of(DOWNS.raw(), List.of(new PersonName("Anthony", "Downs")),
        "New York", null, "1957", null, null, null, "Harper and Row", null);

    assertThat(References.align(List.of(BORJAS, DOWNS), List.of(subtitleAsTitle)))
        .extracting(References.Pair::gold, References.Pair::extracted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0));
  }

  @Test
  void scoresEveryFieldOfAlignedEntriesAndCountsTheRestAsMissedOrSpurious() {
    Reference borjasParsed = References.of(null, List.of(new PersonName("G.J.", "Borjas")),
        "Self-selection and the earnings of immigrants", "Amer. Econ. Rev.", "1987", "77", null,
        "531–553", null, null);
    Reference junk = References.of("Table 3: wages by origin", List.of(), "Wages by origin", null,
        "2004", null, null, null, null, null);
    Scores s = new Scores();
    References.score(s, List.of(BORJAS, DOWNS), List.of(borjasParsed, junk));

    FieldCounts entries = s.field(References.ENTRIES);
    assertThat(entries.expected()).isEqualTo(2);
    assertThat(entries.extracted()).isEqualTo(2);
    assertThat(entries.correct(Matcher.STRICT)).isEqualTo(1);

    assertThat(s.field("title").correct(Matcher.STRICT)).isEqualTo(1);
    assertThat(s.field("authors").correct(Matcher.STRICT)).isEqualTo(1);
    assertThat(s.field("container").correct(Matcher.SOFT)).isZero();
    // pages: "531-553" vs "531–553" differ strictly, agree softly
    assertThat(s.field("pages").correct(Matcher.STRICT)).isZero();
    assertThat(s.field("pages").correct(Matcher.SOFT)).isEqualTo(1);
    // year: gold 1987 and 1957; extracted 1987 and the junk entry's 2004
    FieldCounts year = s.field("year");
    assertThat(year.expected()).isEqualTo(2);
    assertThat(year.extracted()).isEqualTo(2);
    assertThat(year.correct(Matcher.STRICT)).isEqualTo(1);
    // publisher only in the unmatched gold entry
    assertThat(s.field("publisher").expected()).isEqualTo(1);
    assertThat(s.field("publisher").extracted()).isZero();
  }

  @Test
  void noExtractedReferencesGiveZeroRecallAndNoPrecision() {
    Scores s = new Scores();
    References.score(s, List.of(BORJAS, DOWNS), List.of());
    FieldCounts all = s.micro(References.FIELDS);
    assertThat(all.expected()).isEqualTo(7 + 4);
    assertThat(all.extracted()).isZero();
    assertThat(all.f1(Matcher.LEVENSHTEIN)).isZero();
  }
}
