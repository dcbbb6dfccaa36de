package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LettersTest {
  private static final Pattern LETTER_OR_MARK = Pattern.compile("[\\p{L}\\p{M}]");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  @Test
  void agreesWithTheRegexClassesOnEveryCharacterOfTheBasicPlane() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      boolean surrogate = Character.isSurrogate((char) c);
      assertThat(Letters.letterOrMark(c)).as("U+%04X", c)
          .isEqualTo(LETTER_OR_MARK.matcher(s).matches());
      assertThat(Letters.letterOrMarkLike((char) c)).as("U+%04X", c)
          .isEqualTo(surrogate || LETTER_OR_MARK.matcher(s).matches());
      assertThat(Letters.letterLike((char) c)).as("U+%04X", c)
          .isEqualTo(surrogate || LETTER.matcher(s).matches());
    }
  }

  @Test
  void readsSupplementaryCodePointsByCategory() {
    assertThat(Letters.letterOrMark("𝐚".codePointAt(0))).isTrue();
    assertThat(Letters.letterOrMark("😀".codePointAt(0))).isFalse();
    assertThat(Letters.letterOrMark(0x1D167)).isTrue();
  }
}
