package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlatTextTest {
  private static final Lexicon LEXICON = Lexicon.load();
  private static final String HEADER = "Trudy ISP RAN [The Proceedings of ISP RAS], vol. 27, issue 6, 2015.";

  @Test
  void dropsPageFurnitureAndRejoinsTheSentenceAPageBreakCut() {
    List<String> lines = List.of(
        "Введение",
        "Тем самым все больше возрастают требования к",
        "33",
        HEADER,
        "производительности программ на языке JavaScript.",
        "Дальнейшее изложение построено так.",
        "34",
        HEADER,
        "Первая глава описывает компилятор.",
        "35",
        HEADER,
        "Вторая глава — обзор.");
    FlatText text = FlatText.repair(lines, LEXICON);
    assertThat(text.paragraphs()).containsExactly(
        "Введение",
        "Тем самым все больше возрастают требования к производительности программ на языке JavaScript.",
        "Дальнейшее изложение построено так.",
        "Первая глава описывает компилятор.",
        "Вторая глава — обзор.");
    assertThat(text.warnings()).anyMatch(w -> w.contains(HEADER));
  }

  @Test
  void dropsTheLineTheHostInjects() {
    List<String> lines = List.of("Первый абзац.",
        "iНе можете найти то, что вам нужно? Попробуйте сервис подбора литературы.",
        "Второй абзац.");
    FlatText text = FlatText.repair(lines, LEXICON);
    assertThat(text.paragraphs()).containsExactly("Первый абзац.", "Второй абзац.");
    assertThat(text.warnings()).containsExactly("dropped 1 line(s) the host injected (advertising)");
  }

  @Test
  void rejoinsAWordBrokenAcrossLinesAndRepairsWordsInsideParagraphs() {
    List<String> lines = List.of(
        "Для обеспечения быстрого выполнения скриптов необходимо создание максимально качест-",
        "венного машинного кода; клю- чевое сло- во of1998 и научно-технический прогресс.");
    FlatText text = FlatText.repair(lines, LEXICON);
    assertThat(text.paragraphs()).containsExactly(
        "Для обеспечения быстрого выполнения скриптов необходимо создание максимально качественного "
            + "машинного кода; ключевое слово of 1998 и научно-технический прогресс.");
  }

  @Test
  void keepsParagraphsThatEndASentenceOrStartWithACapital() {
    List<String> lines = List.of("Первое предложение.", "второе начинается со строчной", "Третье");
    assertThat(FlatText.repair(lines, LEXICON).paragraphs())
        .containsExactly("Первое предложение.", "второе начинается со строчной", "Третье");
  }

  /** Regression: a hyphen that ended a line is judged as a line end, not as a printed compound. */
  @Test
  void judgesALineEndHyphenAsALineBreak() {
    List<String> lines = List.of("An implant which pre-", "vents harm is a socio-",
        "economic idea of a non-profit body.");
    assertThat(FlatText.repair(lines, LEXICON).paragraphs())
        .containsExactly("An implant which prevents harm is a socio-economic idea of a non-profit body.");
  }
}
