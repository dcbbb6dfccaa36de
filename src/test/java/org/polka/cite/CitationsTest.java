package org.polka.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Abstract;
import org.polka.article.Article;
import org.polka.article.Author;
import org.polka.article.Journal;
import org.polka.article.Origin;

class CitationsTest {
  private static final Citations CITATIONS = new Citations();

  static Article russian() {
    return Article.builder().title("Водные ресурсы Центральной Азии").language("ru")
        .addAuthor(new Author("Бахтиёр Рашидов", "Бахтиёр", "Рашидов", List.of(), null, null))
        .addAuthor(Author.named("Anna Smith"))
        .addAbstract(new Abstract("ru", "Статья о водной политике."))
        .keywords(List.of("водные ресурсы", "Центральная Азия"))
        .doi("10.1234/Polka.Test.1").published("2019-05")
        .journal(new Journal("Вестник политологии", "1234-5678", "12", "3", "45", "60", "Наука"))
        .origin(new Origin("cyberleninka", "vodnye", "https://cyberleninka.ru/article/n/vodnye"))
        .build();
  }

  static Article english() {
    return Article.builder().title("Costs & benefits of 100% renewables_").language("en")
        .addAuthor(Author.named("Smith J.")).published("2020")
        .journal(new Journal("Energy Policy", null, "7", null, null, null, null)).build();
  }

  @Test
  void russianGivenNamesBecomeInitials() {
    assertThat(Names.initials("Иван Иванович", ". ")).isEqualTo("И. И.");
    assertThat(Names.initials("Иван Иванович", ".")).isEqualTo("И.И.");
    assertThat(Names.initials("Анна-Мария", ". ")).isEqualTo("А.-М.");
    assertThat(Names.initials("И.И.", ". ")).isEqualTo("И. И.");
    assertThat(Names.initials("Юлия", ". ")).isEqualTo("Ю.");
    assertThat(Names.initials("Jean-Paul Marie", ".")).isEqualTo("J.-P.M.");
  }

  @Test
  void namesWithoutPartsAreSplitWhenTheFormIsPlain() {
    assertThat(Names.parts(Author.named("Иванов И. И."))).extracting("family", "given").containsExactly("Иванов", "И. И.");
    assertThat(Names.parts(Author.named("И.И. Иванов"))).extracting("family", "given").containsExactly("Иванов", "И.И.");
    assertThat(Names.parts(Author.named("Иванов Иван Иванович"))).extracting("family", "given")
        .containsExactly("Иванов", "Иван Иванович");
    assertThat(Names.parts(Author.named("Anna  Smith"))).extracting("family", "given").containsExactly("Smith", "Anna");
    assertThat(Names.parts(Author.named("UNESCO"))).extracting("family", "given").containsExactly("UNESCO", null);
  }

  @Test
  void htmlIsEscapedAndMarksTheJournal() {
    String html = CITATIONS.format(EnglishCases.all().get(6).article(), "apa", "html");
    assertThat(html).isEqualTo("<div class=\"csl-entry\">Novak, L., &amp; Rossi, M. (2023). Microplastics in alpine lakes. "
        + "<span style=\"font-style: italic\">Environmental Science &amp; Technology</span>. "
        + "https://doi.org/10.1021/acs.est.2c09999</div>");
  }

  @Test
  void aSingleHtmlReferenceHasNoListNumber() {
    String ieee = CITATIONS.format(russian(), "ieee", "html");
    assertThat(ieee).startsWith("<div class=\"csl-entry\">Б. Рашидов and A. Smith, ").doesNotContain("[1]")
        .doesNotContain("csl-left-margin").endsWith("doi: 10.1234/Polka.Test.1.</div>");
    assertThat(CITATIONS.format(russian(), "gost-r-7.0.5-2008", "html"))
        .startsWith("<div class=\"csl-entry\">Рашидов Б., Smith A. Водные");
  }

  @Test
  void bibliographiesAreOrderedAndNumberedByTheStyle() {
    List<Article> items = List.of(english(), russian());
    assertThat(CITATIONS.bibliography(items, "gost-r-7.0.100-2018", "text")).isEqualTo(
        "1. Рашидов, Б. Водные ресурсы Центральной Азии / Б. Рашидов, A. Smith // Вестник политологии. — 2019. — Т. 12, № 3. — С. 45–60. — DOI 10.1234/Polka.Test.1.\n"
            + "2. Smith, J. Costs & benefits of 100% renewables_ / J. Smith // Energy Policy. — 2020. — Vol. 7.");
    assertThat(CITATIONS.bibliography(items, "ieee", "text")).startsWith("[1] J. Smith, “Costs")
        .contains("\n[2] Б. Рашидов and A. Smith, ");
    assertThat(CITATIONS.bibliography(items, "apa", "text").lines().map(l -> l.substring(0, 8)).toList())
        .containsExactly("Smith, J", "Рашидов,");
    assertThat(CITATIONS.bibliography(items, "apa", "html")).startsWith("<div class=\"csl-bib-body\">\n  <div class=\"csl-entry\">Smith")
        .endsWith("</div>\n</div>");
    assertThat(CITATIONS.bibliography(List.of(), "apa", "text")).isEmpty();
  }

  @Test
  void bibTexEntriesEscapeAndGetDistinctKeys() {
    assertThat(CITATIONS.format(russian(), "bibtex", "text")).isEqualTo("""
        @article{rashidov2019,
          author = {Рашидов, Бахтиёр and Smith, Anna},
          title = {{Водные ресурсы Центральной Азии}},
          journal = {Вестник политологии},
          volume = {12},
          number = {3},
          pages = {45--60},
          issn = {1234-5678},
          publisher = {Наука},
          year = {2019},
          doi = {10.1234/Polka.Test.1},
          url = {https://cyberleninka.ru/article/n/vodnye},
          language = {ru},
          keywords = {водные ресурсы, Центральная Азия},
          abstract = {Статья о водной политике.}
        }
        """);
    String two = CITATIONS.bibliography(List.of(english(), english()), "bibtex", "text");
    assertThat(two).contains("@article{smith2020,").contains("@article{smith2020b,")
        .contains("title = {{Costs \\& benefits of 100\\% renewables\\_}}");
  }

  @Test
  void risRecordsCarryEveryKnownField() {
    assertThat(CITATIONS.format(russian(), "ris", "text")).isEqualTo("""
        TY  - JOUR
        AU  - Рашидов, Бахтиёр
        AU  - Smith, Anna
        TI  - Водные ресурсы Центральной Азии
        T2  - Вестник политологии
        VL  - 12
        IS  - 3
        SP  - 45
        EP  - 60
        SN  - 1234-5678
        PB  - Наука
        PY  - 2019
        DA  - 2019/05//
        DO  - 10.1234/Polka.Test.1
        UR  - https://cyberleninka.ru/article/n/vodnye
        LA  - ru
        KW  - водные ресурсы
        KW  - Центральная Азия
        AB  - Статья о водной политике.
        ER  -\s
        """);
  }

  @Test
  void cslJsonKeepsWholeNamesAndDateParts() {
    assertThat(CITATIONS.format(english(), "csl-json", "text")).isEqualTo("""
        [ {
          "id" : "item-1",
          "type" : "article-journal",
          "title" : "Costs & benefits of 100% renewables_",
          "author" : [ {
            "family" : "Smith",
            "given" : "J."
          } ],
          "container-title" : "Energy Policy",
          "volume" : "7",
          "issued" : {
            "date-parts" : [ [ 2020 ] ]
          },
          "language" : "en"
        } ]""");
    assertThat(CITATIONS.format(russian(), "csl-json", "text"))
        .contains("\"given\" : \"Бахтиёр\"").contains("\"date-parts\" : [ [ 2019, 5 ] ]")
        .contains("\"keyword\" : \"водные ресурсы, Центральная Азия\"");
  }

  @Test
  void unknownStylesAndFormatsSayWhatIsKnown() {
    assertThatThrownBy(() -> CITATIONS.format(russian(), "mla", "text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'mla'").hasMessageContaining("apa, chicago");
    assertThatThrownBy(() -> CITATIONS.format(russian(), "apa", "rtf"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rtf'").hasMessageContaining("text, html");
  }
}
