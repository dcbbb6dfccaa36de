package org.polka.eval.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.ingest.repair.FlatText;
import org.polka.ingest.repair.Lexicon;

class LineBreakDamageTest {
  private static final List<String> TEXT = List.of(
      "Приостановка роста табака важна для поэтапной высадки рассады в поле; поздние посевы "
          + "часто совпадают с высокими температурами воздуха и научно-техническими трудностями.");

  @Test
  void splitsWordsAtTheMarginWithAHyphenAndKeepsOwnHyphensAsBreakPoints() {
    LineBreakDamage damage = new LineBreakDamage(1);
    List<String> lines = damage.damage(TEXT, LineBreakDamage.Style.PRINTED_LINES);
    assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> l.length() <= 65);
    assertThat(String.join("", lines).replace(" ", "").replace("-", "")).isEqualTo(TEXT.get(0).replace(" ", "").replace("-", ""));
    assertThat(damage.breaks()).isEqualTo(lines.stream().filter(l -> l.endsWith("-")).count());
  }

  @Test
  void flattenedStyleJoinsPrintedLinesWithSpaces() {
    List<String> flat = new LineBreakDamage(1).damage(TEXT, LineBreakDamage.Style.FLATTENED);
    List<String> lines = new LineBreakDamage(1).damage(TEXT, LineBreakDamage.Style.PRINTED_LINES);
    assertThat(flat).containsExactly(String.join(" ", lines));
  }

  @Test
  void wordDiffCountsWordsTheOriginalLacks() {
    List<String> original = LineBreakEval.WordDiff.words(List.of("сло-во и слово, раз"));
    assertThat(LineBreakEval.WordDiff.errors(original, LineBreakEval.WordDiff.words(List.of("сло- во и слово раз"))))
        .isEqualTo(2);
    assertThat(LineBreakEval.WordDiff.errors(original, original)).isZero();
  }

  @Test
  void repairsRestoreTheOriginalWords() {
    LineBreakDamage damage = new LineBreakDamage(7);
    List<String> repaired = FlatText.repair(damage.damage(TEXT, LineBreakDamage.Style.FLATTENED),
        Lexicon.load()).paragraphs();
    assertThat(LineBreakEval.WordDiff.errors(LineBreakEval.WordDiff.words(TEXT),
        LineBreakEval.WordDiff.words(repaired))).isZero();
  }
}
