package org.polka.ingest.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Abstract;
import org.polka.article.PersonName;

class HeaderParserTest {
  private final HeaderParser parser = new HeaderParser();

  private Header plain(String text) {
    return parser.parse(Arrays.stream(text.split("\n")).map(l -> HeaderLine.plain(l, 1)).toList());
  }

  private static List<String> names(Header h) {
    return h.authors().stream().map(HeaderAuthor::name).toList();
  }

  @Test
  void readsAnEnglishHeaderWithMarkedAffiliations() {
    Header h = plain("""
        Journal of Applied Examples, Vol. 12, No. 3, pp. 45-67, 2019
        RESEARCH ARTICLE
        Migration and remittances in post-Soviet
        Tajikistan: a household survey
        Anna K. Petrova 1,*, John Smith 2 and Maria de la Cruz 1
        1 Department of Economics, University of Dushanbe, Dushanbe, Tajikistan
        2 Institute of Social Research, Oxford, UK
        * anna.petrova@example.org
        Abstract
        Labour migration shapes the economy of the country in many ways. Remittances
        sent home pay for food, schooling and houses, and we measure how much.
        Keywords: migration; remittances; Central Asia
        doi:10.1234/jae.2019.045
        1. Introduction
        Tajikistan is the country most dependent on remittances.
        """);
    assertThat(h.title()).isEqualTo("Migration and remittances in post-Soviet Tajikistan: a household survey");
    assertThat(names(h)).containsExactly("Anna K. Petrova", "John Smith", "Maria de la Cruz");
    assertThat(h.authors().get(0).parts()).isEqualTo(new PersonName("Anna K.", "Petrova"));
    assertThat(h.authors().get(2).parts()).isEqualTo(new PersonName("Maria", "de la Cruz"));
    assertThat(h.affiliations()).extracting(Affiliation::marker).containsExactly("1", "2");
    assertThat(h.authors().get(0).affiliations()).containsExactly(0);
    assertThat(h.authors().get(1).affiliations()).containsExactly(1);
    assertThat(h.affiliations().get(1).text()).isEqualTo("Institute of Social Research, Oxford, UK");
    assertThat(h.authors().get(0).email()).isEqualTo("anna.petrova@example.org");
    assertThat(h.emails()).containsExactly("anna.petrova@example.org");
    assertThat(h.abstracts()).singleElement().satisfies(a -> {
      assertThat(a.language()).isEqualTo("en");
      assertThat(a.text()).startsWith("Labour migration").endsWith("how much.");
    });
    assertThat(h.keywords()).containsExactly("migration", "remittances", "Central Asia");
    assertThat(h.doi()).isEqualTo("10.1234/jae.2019.045");
    assertThat(h.journal()).isEqualTo("Journal of Applied Examples");
    assertThat(Arrays.asList(h.volume(), h.issue(), h.pages())).containsExactly("12", "3", "45-67");
    assertThat(h.warnings()).isEmpty();
  }

  @Test
  void readsARussianHeaderWithTwoAbstracts() {
    Header h = plain("""
        УДК 330.1
        Вестник экономики. 2020. Т. 5, № 2. С. 10–25
        И.И. Иванов, П.С. Сидорова
        ТРУДОВАЯ МИГРАЦИЯ И ДЕНЕЖНЫЕ ПЕРЕВОДЫ
        В ЦЕНТРАЛЬНОЙ АЗИИ
        Московский государственный университет, Москва, Россия
        Аннотация. В статье рассматривается влияние трудовой миграции на экономику страны
        и на доходы домохозяйств в регионах.
        Ключевые слова: миграция, денежные переводы, домохозяйства.
        Abstract. The article considers how labour migration affects the economy of the country
        and the incomes of households in the regions.
        Keywords: migration, remittances, households.
        Введение
        """);
    assertThat(h.title()).isEqualTo("ТРУДОВАЯ МИГРАЦИЯ И ДЕНЕЖНЫЕ ПЕРЕВОДЫ В ЦЕНТРАЛЬНОЙ АЗИИ");
    assertThat(names(h)).containsExactly("И.И. Иванов", "П.С. Сидорова");
    assertThat(h.authors().get(0).parts()).isEqualTo(new PersonName("И.И.", "Иванов"));
    assertThat(h.abstracts()).extracting(Abstract::language).containsExactly("ru", "en");
    assertThat(h.abstracts().get(0).text()).startsWith("В статье").endsWith("в регионах.");
    assertThat(h.keywords()).containsExactly("миграция", "денежные переводы", "домохозяйства");
    assertThat(h.affiliations()).singleElement().extracting(Affiliation::text)
        .isEqualTo("Московский государственный университет, Москва, Россия");
    assertThat(h.authors()).allSatisfy(a -> assertThat(a.affiliations()).containsExactly(0));
    assertThat(Arrays.asList(h.volume(), h.issue(), h.pages())).containsExactly("5", "2", "10-25");
  }

  @Test
  void readsAGermanHeader() {
    Header h = plain("""
        Arbeitsmigration und Geldüberweisungen in Zentralasien
        Hans-Peter Müller und Karin von Weber
        Institut für Soziologie, Universität Bielefeld, Deutschland
        Zusammenfassung: Der Beitrag untersucht, wie die Arbeitsmigration die Wirtschaft des Landes
        und die Einkommen der Haushalte verändert und welche Folgen das für die Regionen hat.
        Schlüsselwörter: Migration; Überweisungen; Haushalte
        1 Einleitung
        """);
    assertThat(h.title()).isEqualTo("Arbeitsmigration und Geldüberweisungen in Zentralasien");
    assertThat(names(h)).containsExactly("Hans-Peter Müller", "Karin von Weber");
    assertThat(h.authors().get(1).parts()).isEqualTo(new PersonName("Karin", "von Weber"));
    assertThat(h.abstracts()).singleElement().extracting(Abstract::language).isEqualTo("de");
    assertThat(h.keywords()).containsExactly("Migration", "Überweisungen", "Haushalte");
  }

  @Test
  void typographyPicksTheLargestLinesAsTitleAndSkipsTheRunningHead() {
    Header h = parser.parse(List.of(
        new HeaderLine("Synthetic Journal of Examples | 2021 | Page 1", 8, false, true, 1, 0),
        new HeaderLine("Sequence Analysis", 10, true, false, 1, 12),
        new HeaderLine("A very small model of the", 18, true, false, 1, 10),
        new HeaderLine("cell cycle in yeast", 18, true, false, 1, 2),
        new HeaderLine("Rob Patro 1 , Steven Kelly 2", 11, false, false, 1, 8),
        new HeaderLine("1 Stony Brook University, New York, USA", 9, false, true, 1, 3),
        new HeaderLine("2 University of Oxford, Oxford, UK", 9, false, true, 1, 1),
        new HeaderLine("The cell cycle of yeast is modelled with three equations that we fit to data from",
            10, false, false, 1, 12),
        new HeaderLine("many experiments and then test against new ones, as the text explains.",
            10, false, false, 1, 1),
        new HeaderLine("And it goes on with more body text at the same size as before in the page.",
            10, false, false, 1, 1)));
    assertThat(h.title()).isEqualTo("A very small model of the cell cycle in yeast");
    assertThat(names(h)).containsExactly("Rob Patro", "Steven Kelly");
    assertThat(h.authors().get(1).affiliations()).containsExactly(1);
  }

  @Test
  void anOcrFormulaInTheTitlesTypeIsNotTheTitle() {
    Header h = parser.parse(List.of(
        new HeaderLine("272 Notes", 8, false, false, 1, 0),
        new HeaderLine("- 3r^oitf^i (0 ^(0 + 6q^i (0/^2(0 ^(0", 9, false, false, 1, 12),
        new HeaderLine("Exact Solitary-wave Solutions for the General", 9, false, false, 1, 14),
        new HeaderLine("Fifth-order Shallow Water-wave Models", 9, false, false, 1, 2),
        new HeaderLine("Woo-Pyo Hong and Young-Dae Jung", 9, false, false, 1, 14),
        new HeaderLine("Department of Physics, Catholic University of Taegu-Hyosung,", 8, false, false, 1, 3),
        new HeaderLine("We perform a computerized symbolic computation to find some general solitonic",
            8, false, false, 1, 10),
        new HeaderLine("solutions of the fifth-order shallow water-wave models, which are found to be",
            8, false, false, 1, 1),
        new HeaderLine("in good agreement with the solutions obtained by other methods in the papers.",
            8, false, false, 1, 1)));
    assertThat(h.title()).isEqualTo(
        "Exact Solitary-wave Solutions for the General Fifth-order Shallow Water-wave Models");
  }

  @Test
  void authorsPrintedOneBlockEachAreAllFound() {
    Header h = parser.parse(List.of(
        new HeaderLine("A New Requirement Prioritization Model", 14, true, false, 1, 0),
        new HeaderLine("Muhammad Atif Iqbal", 11, false, false, 1, 15),
        new HeaderLine("Department of Computer Sciences, NUST, Pakistan", 11, false, true, 1, 1),
        new HeaderLine("Athar Mohsin Zaidi", 12, false, false, 1, 1),
        new HeaderLine("Department of Computer Sciences, NUST, Pakistan", 11, false, true, 1, 1),
        new HeaderLine("Abstract- As compared to bespoke software development, in market driven",
            9, false, true, 1, 11)));
    assertThat(names(h)).containsExactly("Muhammad Atif Iqbal", "Athar Mohsin Zaidi");
    assertThat(h.authors().get(1).affiliations()).containsExactly(1);
  }

  @Test
  void nothingFoundIsWarnedNotThrown() {
    Header h = parser.parse(List.of(HeaderLine.plain("12", 1), HeaderLine.plain("", 1)));
    assertThat(h.title()).isNull();
    assertThat(h.authors()).isEmpty();
    assertThat(h.warnings()).contains("no title found in the header", "no authors found in the header");
  }

  @Test
  void regressionLawrenceIsANameThoughItEndsLikeANoun() {
    assertThat(Names.isAuthorLine("Ravi Bansal 1 , Lawrence H. Staib 2")).isTrue();
  }

  @Test
  void regressionAnAndAtTheEndOfALineIsNotPartOfTheName() {
    Header h = plain("""
        The title of a paper about something
        Mario E. Guido and
        Francisco A. Tamarit
        Abstract: A long enough abstract to be taken as the abstract of the paper here.
        """);
    assertThat(names(h)).containsExactly("Mario E. Guido", "Francisco A. Tamarit");
  }

  @Test
  void regressionANameBrokenAcrossLinesIsJoined() {
    Header h = plain("""
        Characteristics of lymphocyte subsets in peripheral blood
        Qing Xiao, M.D. 8 , Kaihu
        Xiao, M.D. 1,9 , Edward Van
        Keuren 2
        """);
    assertThat(names(h)).containsExactly("Qing Xiao", "Kaihu Xiao", "Edward Van Keuren");
  }

  @Test
  void regressionInitialsGluedToTheFamilyNameAreSplit() {
    assertThat(Names.split("Yu.A.Pusep 1* , L.Fernandes dos Santos 1"))
        .extracting(Names.Printed::name).containsExactly("Yu. A. Pusep", "L. Fernandes dos Santos");
  }

  @Test
  void regressionAnAbstractLabelAfterAnEmailOnTheSameLineStartsTheAbstract() {
    Header h = plain("""
        Topical essential fatty acid oil on wounds:
        Local and systemic effects
        Bruno Lania 1 *, Joseane Morari 2
        * bruglania@gmail.com Abstract Background
        The use of medicinal plants and their derivatives is increasing in the treatment of wounds.
        """);
    assertThat(h.title()).isEqualTo("Topical essential fatty acid oil on wounds: Local and systemic effects");
    assertThat(h.abstracts()).singleElement().extracting(Abstract::text)
        .isEqualTo("Background The use of medicinal plants and their derivatives is increasing in the "
            + "treatment of wounds.");
  }

  @Test
  void regressionAKickerAboveTheTitleAndATitleLabelAreNotPartOfTheTitle() {
    assertThat(plain("""
        Sequence Analysis
        poRe: an R package for the visualization and analysis of
        nanopore sequencing data
        Mick Watson 1 , Marian Thomson 2
        """).title()).isEqualTo("poRe: an R package for the visualization and analysis of nanopore sequencing data");
    assertThat(plain("""
        Running title: TEs and stress
        Title: Transposable elements contribute to activation of maize genes
        Irina Makarevitch 1 , Amanda J. Waters 2
        """).title()).isEqualTo("Transposable elements contribute to activation of maize genes");
  }

  @Test
  void regressionAUrlInsideAnAbstractDoesNotEndIt() {
    Header h = plain("""
        A title long enough to be a title
        Abstract
        We took part in the theme issue on poverty on October 22, 2007
        (http://www.example.org/theme.cfm). Over 200 journals are taking part.
        """);
    assertThat(h.abstracts().getFirst().text()).endsWith("Over 200 journals are taking part.");
  }

  private static HeaderLine typed(String text, double size) {
    return new HeaderLine(text, size, false, false, 1, 2);
  }

  @Test
  void regressionAffiliationDigitsGluedToNamesAndACommaBeforeAndAreSplitOff() {
    assertThat(Names.split("Yu.A.Pusep1*, L.Fernandes dos Santos1, D.Smirnov2, and A.I.Toropov3"))
        .extracting(Names.Printed::name)
        .containsExactly("Yu. A. Pusep", "L. Fernandes dos Santos", "D. Smirnov", "A. I. Toropov");
    assertThat(Names.split("Alabsi S1, *Alhadainy HA 2")).extracting(Names.Printed::markers)
        .containsExactly(List.of("1"), List.of("*", "2"));
  }

  @Test
  void regressionAJournalReferenceSetLikeTheAuthorsIsNoAuthor() {
    Header h = parser.parse(List.of(
        new HeaderLine("Exact Solitary-wave Solutions for the General", 12, true, false, 1, 0),
        new HeaderLine("Woo-Pyo Hong and Young-Dae Jung", 9, true, false, 1, 12),
        new HeaderLine("Department of Physics, Catholic University of Taegu, South Korea", 8, true,
            false, 1, 2),
        new HeaderLine("Z. Naturforsch. 54 a, 272-273 (1999);", 9, true, false, 1, 8)));
    assertThat(names(h)).containsExactly("Woo-Pyo Hong", "Young-Dae Jung");
  }

  @Test
  void regressionAStructuredAbstractWithoutAnAbstractLabelIsFound() {
    Header h = parser.parse(List.of(
        typed("Ability of different obturation techniques to fill canal irregularities using and", 12),
        typed("RealSeal", 12),
        typed("Alabsi S1, *Alhadainy HA 2, Darrag AM 2", 12),
        typed("Department of Endodontics, Ministry of Health, Sanaa, Yemen", 12),
        typed("Aim To test the ability of gutta-percha and RealSeal to fill canal irregularities.", 12),
        typed("Methodology A split-tooth model with four artificially created defects was used.", 12),
        typed("Results Both warm techniques were significantly better than the cold one.", 12)));
    assertThat(h.title()).as("a body-type title right above the authors")
        .isEqualTo("Ability of different obturation techniques to fill canal irregularities using "
            + "and RealSeal");
    assertThat(names(h)).containsExactly("Alabsi S", "Alhadainy HA", "Darrag AM");
    assertThat(h.abstracts()).singleElement().extracting(Abstract::text).asString()
        .startsWith("Aim To test").endsWith("better than the cold one.");
  }

  @Test
  void regressionAnUnlabelledAbstractFinishesItsSentenceAndSkipsLinesInOtherType() {
    Header h = parser.parse(List.of(
        new HeaderLine("Exact Solitary-wave Solutions for Water-wave Models", 14, true, false, 1, 0),
        typed("Woo-Pyo Hong and Young-Dae Jung", 10),
        typed("Departamento de Fisica, Centro de Investigacion y de Estudios Avanzados del IPN, "
            + "A.P. 14-740, 07000 Mexico D.F., Mexico, where the work was done", 9),
        typed("We perform a computerized symbolic computation to find some solutions for", 8),
        typed("some general solitonic solutions forthe general fifth-order shallow wave", 8),
        typed("low water-wave models. Applying the tanh-typed method, we", 8),
        typed("(tanh): -2(0 [ - 8 4 0 a / # 2", 10),
        typed("have found certain new exact solitary wave solutions. The", 8),
        typed("restricted model parameters.", 8),
        typed("We investigate the generalized fifth-order shallow water-wave model which is", 10),
        typed("the main subject of this note and the equations below are the ones we solve", 10),
        typed("with the symbolic computation package that we describe in the next section", 10),
        typed("and the rest of this text goes on in body type for a few more lines here", 10)));
    assertThat(h.abstracts()).singleElement().extracting(Abstract::text).asString()
        .startsWith("We perform").endsWith("The restricted model parameters.")
        .doesNotContain("(tanh)", "Departamento");
  }

  @Test
  void regressionProseInBodyTypeWithoutAHeadingAfterItIsNoAbstract() {
    Header h = parser.parse(List.of(
        new HeaderLine("COHERENCE PROPERTIES OF QUANTUM DOT FLUORESCENCE", 14, true, false, 1, 0),
        typed("Clemens Matthiesen1, Peter Humphreys1, Nick Vamivakas1", 10),
        typed("1 Cavendish Laboratory, University of Cambridge, Cambridge, UK", 10),
        typed("Resonance fluorescence has proven to be a useful technique for studying the", 10),
        typed("spin dynamics of the dots, as well as for the demonstration of single-shot", 10),
        typed("readout. However, one important advantage of resonance fluorescence is the", 10),
        typed("direct access to the generated photons, which also carry the spin state.", 10)));
    assertThat(names(h)).containsExactly("Clemens Matthiesen", "Peter Humphreys", "Nick Vamivakas");
    assertThat(h.abstracts()).isEmpty();
  }
}
