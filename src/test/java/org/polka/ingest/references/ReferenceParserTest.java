package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.PersonName;
import org.polka.article.Reference;

/** The parser with the model shipped in the jar, on entries written for this test. */
class ReferenceParserTest {
  private static final ReferenceParser PARSER = ReferenceParser.standard();

  @Test
  void englishAuthorYearJournalArticle() {
    Reference r = PARSER.parse("Hartley, M. and Obi, K. (2011). Housing markets after the crisis. "
        + "Journal of Urban Economics, 70(2), 112-129. doi:10.1016/j.jue.2011.03.004");
    assertThat(r.authors()).extracting(PersonName::family).containsExactly("Hartley", "Obi");
    assertThat(r.title()).isEqualTo("Housing markets after the crisis");
    assertThat(r.container()).isEqualTo("Journal of Urban Economics");
    assertThat(r.year()).isEqualTo("2011");
    assertThat(r.volume()).isEqualTo("70");
    assertThat(r.issue()).isEqualTo("2");
    assertThat(r.pages()).isEqualTo("112-129");
    assertThat(r.doi()).isEqualTo("10.1016/j.jue.2011.03.004");
  }

  @Test
  void numberedPhysicsStyleWithoutTitle() {
    Reference r = PARSER.parse("[12] R. Keller, T. Ono, Phys. Rev. B 45, 1203 (1992).");
    assertThat(r.authors()).extracting(PersonName::family).containsExactly("Keller", "Ono");
    assertThat(r.year()).isEqualTo("1992");
    assertThat(r.volume()).isEqualTo("45");
    assertThat(r.pages()).isEqualTo("1203");
  }

  @Test
  void russianGostArticle() {
    Reference r = PARSER.parse("Соколов В.А. Трудовая миграция в регионе // Вопросы статистики. "
        + "2009. № 4. С. 22–31.");
    assertThat(r.authors()).containsExactly(new PersonName("В.А.", "Соколов"));
    assertThat(r.title()).isEqualTo("Трудовая миграция в регионе");
    assertThat(r.container()).isEqualTo("Вопросы статистики");
    assertThat(r.year()).isEqualTo("2009");
    assertThat(r.issue()).isEqualTo("4");
    assertThat(r.pages()).isEqualTo("22-31");
  }

  @Test
  void germanBookWithPlaceAndPublisher() {
    Reference r = PARSER.parse("Berger, Ina (2007): Arbeit und Familie im Wandel. Wiesbaden: Springer VS.");
    assertThat(r.authors()).containsExactly(new PersonName("Ina", "Berger"));
    assertThat(r.title()).isEqualTo("Arbeit und Familie im Wandel");
    assertThat(r.year()).isEqualTo("2007");
    assertThat(r.place()).isEqualTo("Wiesbaden");
    assertThat(r.publisher()).isEqualTo("Springer VS");
  }

  /** Regression: the editors of an edited volume were taken for its authors. */
  @Test
  void editorsMarkedAfterTheNamesAreNotAuthors() {
    assertThat(PARSER.parse("Hartmann, Lena / Ostrowski, Piotr (eds.) (1994): Rivers and Borders "
        + "in Central Asia. Leipzig, Steppe Press.").authors()).isEmpty();
    assertThat(PARSER.parse("Vance, T.R. (ed.) (2001) Tea Houses of the Pamir. Boston, MA: Harbor "
        + "Books.").authors()).isEmpty();
    assertThat(PARSER.parse("Kramer, Uwe (Hg.) (2003): Wasser und Recht. Köln: Ufer Verlag.")
        .authors()).isEmpty();
    assertThat(PARSER.parse("Vance, T.R. (2001) Edited volumes considered. Boston, MA: Harbor Books.")
        .authors()).extracting(PersonName::family).containsExactly("Vance");
  }

  @Test
  void rawStringKeptAndUrlFound() {
    Reference r = PARSER.parse("2. OECD (2004) Education at a Glance. http://www.oecd.org/edu/eag2004");
    assertThat(r.raw()).isEqualTo("2. OECD (2004) Education at a Glance. http://www.oecd.org/edu/eag2004");
    assertThat(r.url()).isEqualTo("http://www.oecd.org/edu/eag2004");
  }

  /** Regression: DOIs were cut where the tagger stopped ("10.4232/10") or where a line broke. */
  @Test
  void wholeDoiTakenEvenWhereTheTaggerOrALineBreakCutIt() {
    assertThat(PARSER.parse("Kreyenfeld, Michaela 2010: Fertility rates. In: Comparative Population "
        + "Studies 35,1: 7 - 34 [doi: 10.4232/10.CPoS-2010-02en].").doi()).isEqualTo("10.4232/10.CPoS-2010-02en");
    assertThat(PARSER.parse("Goldstein, Joshua 2003: Population decline. In: Population and Development "
        + "Review 29,4: 699 - 707 [doi/10.1111/j.1728- 4457.2003.00699.x].").doi())
        .isEqualTo("10.1111/j.1728-4457.2003.00699.x");
  }

  /** Regression: a DOI's own closing bracket was cut, and text after a comma was kept. */
  @Test
  void doiEndsWhereTheDoiEnds() {
    assertThat(Fields.findDoi("J. Eng. Mech., 110(5), 794-809. https://doi.org/10.1061/(asce)0733-9399(1984)110:5(794)."))
        .isEqualTo("10.1061/(asce)0733-9399(1984)110:5(794)");
    assertThat(Fields.findDoi("Phys. Lett. B (2017),http ://dx.doi.org/10.1016/j.physletb.2017.05.070,in press"))
        .isEqualTo("10.1016/j.physletb.2017.05.070");
    assertThat(Fields.findDoi("no identifier here 10.12 pages")).isNull();
  }

  /** Annotations label a doi.org address as a URL; gold and output both read it as the DOI. */
  @Test
  void doiOrgAddressIsTheDoi() {
    Reference r = Fields.of("Manley, S. (2020). Methods. https://doi.org/10.1007/s11365-020-00687-6.",
        List.of(new Segment("Manley, S.", "author"), new Segment("https://doi.org/10.1007/s11365-020-00687-6.", "url")));
    assertThat(r.doi()).isEqualTo("10.1007/s11365-020-00687-6");
    assertThat(r.url()).isEqualTo("https://doi.org/10.1007/s11365-020-00687-6");
  }

  /**
   * Regression: a journal's short name before "Heft/Jahr" in a German note ("in: SozPol 4/2012")
   * gave no container and the number as the issue; the number before the slash is the volume
   * (SSOAR de gold; two shipped examples had said issue).
   */
  @Test
  void germanHeftSlashYearIsTheVolume() {
    Reference r = PARSER.parse("Knut Berger: Streit um die Kassenwahl – Hintergründe einer Debatte, "
        + "in: SozPol 4/2012, S. 153");
    assertThat(r.container()).isEqualTo("SozPol");
    assertThat(r.volume()).isEqualTo("4");
    assertThat(r.issue()).isNull();
    assertThat(r.year()).isEqualTo("2012");
    assertThat(r.pages()).isEqualTo("153");
  }

  @Test
  void germanJahrgangAndHeft() {
    Reference r = PARSER.parse("Otto Brandt (1955), »Dorf und Stadt«, Zeitschrift für "
        + "Agrargeschichte, Jg. 12, H. 2, S. 14–24.");
    assertThat(r.title()).isEqualTo("Dorf und Stadt");
    assertThat(r.container()).isEqualTo("Zeitschrift für Agrargeschichte");
    assertThat(r.volume()).isEqualTo("12");
    assertThat(r.issue()).isEqualTo("2");
  }

  @Test
  void aContainersOnlyNumberInBracketsOrBeforeTheYearIsTheVolume() {
    assertThat(ReferenceParser.onlyNumber("die hochschule, (2), 102–116.", "2")).isTrue();
    assertThat(ReferenceParser.onlyNumber("in: SozPol 6–7/2011, S. 4", "6–7")).isTrue();
    assertThat(ReferenceParser.onlyNumber("Journal 4(2), 139–158", "2")).isTrue();
    assertThat(ReferenceParser.onlyNumber("Heft 12, S. 2/3", "12")).isFalse();
  }
}
