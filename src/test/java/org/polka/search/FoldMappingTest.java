package org.polka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

/**
 * The bundled mapping-fold.txt (the text fields' char filter) folds exactly what Lucene's
 * ASCIIFoldingFilter folds, plus ё/Ё; a Lucene upgrade that changes folding fails here.
 */
class FoldMappingTest {
  private static final Pattern LINE = Pattern.compile("^\"\\\\u([0-9A-F]{4})\" => \"((?:\\\\.|[^\"\\\\])*)\"$");

  @Test
  void mappingAgreesWithAsciiFoldingOnEveryCharacter() throws IOException {
    Map<Character, String> mapping = mapping();
    assertThat(mapping).containsEntry('ё', "е").containsEntry('Ё', "Е");
    int checked = 0;
    for (int c = 0x80; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c) || c == 'ё' || c == 'Ё') {
        continue;
      }
      char[] out = new char[8];
      int n = ASCIIFoldingFilter.foldToASCII(new char[] {(char) c}, 0, out, 0, 1);
      String folded = new String(out, 0, n);
      String expected = folded.equals(String.valueOf((char) c)) ? null : folded;
      assertThat(mapping.get((char) c)).as("U+%04X", c).isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isGreaterThan(60_000);
    assertThat(mapping).hasSizeGreaterThan(1_000);
  }

  private static Map<Character, String> mapping() throws IOException {
    Map<Character, String> out = new HashMap<>();
    try (InputStream in = FoldMappingTest.class.getResourceAsStream("/solr/polka/conf/mapping-fold.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Matcher m = LINE.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        out.put((char) Integer.parseInt(m.group(1), 16), unescape(m.group(2)));
      }
    }
    return out;
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && s.charAt(i + 1) == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\') {
        b.append(s.charAt(++i));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
