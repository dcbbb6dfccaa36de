package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polka.article.PersonName;

class NameListTest {
  @Test
  void familyCommaInitialsPairs() {
    assertThat(NameList.parse("Bauer, T., Epstein, G. I. and Gang, N.")).containsExactly(
        new PersonName("T.", "Bauer"), new PersonName("G. I.", "Epstein"), new PersonName("N.", "Gang"));
  }

  @Test
  void givenFirstNamesWithFrenchConjunction() {
    assertThat(NameList.parse("J. P. COLLMAN, B. IVERSON et J. L. SESSLER"))
        .extracting(PersonName::family).containsExactly("COLLMAN", "IVERSON", "SESSLER");
  }

  @Test
  void russianFamilyThenGluedInitials() {
    assertThat(NameList.parse("Иванов И.И., Петров П.П.")).containsExactly(
        new PersonName("И.И.", "Иванов"), new PersonName("П.П.", "Петров"));
  }

  @Test
  void slashSeparatedGivenFirstNames() {
    assertThat(NameList.parse("Stefan Liebig/Holger Lengfeld/Steffen van Mau"))
        .extracting(PersonName::family).containsExactly("Liebig", "Lengfeld", "van Mau");
  }

  /** Regression: "Family, Given/Family, Given" gave given names as extra authors. */
  @Test
  void invertedFullGivenNames() {
    assertThat(NameList.parse("Gerbner, George/Gross, Larry/Morgan, Michael"))
        .extracting(PersonName::family).containsExactly("Gerbner", "Gross", "Morgan");
    assertThat(NameList.parse("Calvert, Randall L.")).containsExactly(new PersonName("Randall L.", "Calvert"));
  }

  /** Regression: a trailing particle ("B. von") became an author of its own. */
  @Test
  void trailingParticleStaysWithTheGivenName() {
    assertThat(NameList.parse("Breidenbach, B. von")).extracting(PersonName::family)
        .containsExactly("Breidenbach");
  }

  @Test
  void etAlAndEditorMarksDropped() {
    assertThat(NameList.parse("Smith JA, Jones B, et al.")).containsExactly(
        new PersonName("JA", "Smith"), new PersonName("B", "Jones"));
    assertThat(NameList.parse("Müller, Hans (Hrsg.)")).containsExactly(new PersonName("Hans", "Müller"));
    assertThat(NameList.parse(null)).isEmpty();
  }
}
