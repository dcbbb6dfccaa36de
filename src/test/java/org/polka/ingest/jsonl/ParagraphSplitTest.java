package org.polka.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A full text is cut into paragraphs as the blank-line regex cut it before. */
class ParagraphSplitTest {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
  private static final String[] PIECES = {"a", "я", " ", "\t", "\u00A0", "\n", "\r", "\r\n",
      "\uFEFF", "\u2003", "𝐚"};

  @Test
  void cutsAtBlankLinesElseAtLineBreaks() {
    assertThat(CorpusRecordMapper.paragraphs("One.\n \t\u00A0\nTwo\nstill two.\n\n\nThree."))
        .containsExactly("One.", "Two\nstill two.", "Three.");
    assertThat(CorpusRecordMapper.paragraphs("One.\nTwo.\r\nThree.")).containsExactly("One.", "Two.",
        "Three.");
    assertThat(CorpusRecordMapper.paragraphs("\n\n")).isEmpty();
  }

  @Test
  void randomTextsAreCutAsTheRegexCutThem() {
    Random random = new Random(7);
    for (int round = 0; round < 30_000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(16);
      for (int i = 0; i < pieces; i++) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      assertThat(CorpusRecordMapper.paragraphs(text)).as("paragraphs of %s", text)
          .isEqualTo(oldParagraphs(text));
    }
  }

  private static List<String> oldParagraphs(String fulltext) {
    String text = fulltext.replace("\r\n", "\n").replace('\r', '\n');
    String[] parts = BLANK_LINE.matcher(text).find() ? BLANK_LINE.split(text) : text.split("\n");
    return Arrays.stream(parts)
        .map(p -> p.replace('\uFEFF', ' ').strip())
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
