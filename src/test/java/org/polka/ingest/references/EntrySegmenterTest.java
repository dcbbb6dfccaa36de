package org.polka.ingest.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntrySegmenterTest {
  @Test
  void numberedEntriesBrokenAcrossLines() {
    assertThat(EntrySegmenter.segment(List.of("[1] A. Smith, Some title, J. Phys.", "12 (2001) 3.",
        "[2] B. Jones, Another", "title, Nature 4 (1999) 5."))).containsExactly(
        "[1] A. Smith, Some title, J. Phys. 12 (2001) 3.", "[2] B. Jones, Another title, Nature 4 (1999) 5.");
  }

  @Test
  void authorYearEntriesWithTheHangingIndentLost() {
    assertThat(EntrySegmenter.segment(List.of(
        "Bartel, A. P. (1989), ‘Where do the new U.S. immigrants live?’ Journal of Labor Economics,",
        "7, 371–391.",
        "Bauer, T., Epstein, G. I. and Gang, N. (2000), ‘What are migration networks?’ IZA Discussion",
        "Paper No. 200, Bonn: IZA.",
        "Иванов И.И. Социальная структура малого города // Социологические исследова-",
        "ния. 2005. № 3. С. 10–20."))).containsExactly(
        "Bartel, A. P. (1989), ‘Where do the new U.S. immigrants live?’ Journal of Labor Economics, 7, 371–391.",
        "Bauer, T., Epstein, G. I. and Gang, N. (2000), ‘What are migration networks?’ IZA Discussion Paper No. 200, Bonn: IZA.",
        "Иванов И.И. Социальная структура малого города // Социологические исследования. 2005. № 3. С. 10–20.");
  }

  /** Regression: table rows and a list of other papers printed after the references became entries. */
  @Test
  void tableRowsAfterTheListAreCut() {
    assertThat(EntrySegmenter.trimTail(List.of("Spence, Michael. 1973. Job Market Signaling. QJE 87.",
        "Austria AT 0.6 276.3 283.3 14.5 65.6 20.0", "1955 -- -- -- -- 2.11 0.93 0.71 0.37")))
        .containsExactly("Spence, Michael. 1973. Job Market Signaling. QJE 87.");
  }

  /** Regression: an undated entry broken in two in mid-list cut every entry after it. */
  @Test
  void anUndatedEntryInMidListDoesNotEndIt() {
    List<String> entries = List.of("Adams, P., 1990, 'Soft Drinks and Sugar', Food Policy, 3, 1-9.",
        "Beverage Commission, Case Number 12/34: Fizz and Pop, 56/78/EC; Case Number",
        "90/12: Pop and Fizz, 34/56/EC.",
        "Brown, K., 1991, 'Sugar Taxes', Journal of Food Economics, 4, 10-19.",
        "Clark, T., 1992, Bottling Plants in Europe, Oxford: Clarendon.",
        "Dunn, R., 1993, 'Retail Margins', Food Policy, 5, 20-29.",
        "Evans, S., 1994, The Cola Markets, London: Routledge.");

    assertThat(EntrySegmenter.trimTail(entries)).isEqualTo(entries);
  }

  /** Regression: "[10]Alam" (no space after the number) did not start an entry. */
  @Test
  void bracketedNumberWithoutASpace() {
    assertThat(EntrySegmenter.segment(List.of("[1] Levine, A. 1924. Sociology. Random House.",
        "[2]Alam, K. 2007. Classical Theory. Kabir", "Publication. Dhaka.", "[3]Sen, A. 2009. The state.")))
        .containsExactly("[1] Levine, A. 1924. Sociology. Random House.",
            "[2]Alam, K. 2007. Classical Theory. Kabir Publication. Dhaka.", "[3]Sen, A. 2009. The state.");
  }

  /** Regression: a bulleted list was one run of entries split only by shape. */
  @Test
  void eachBulletStartsAnEntry() {
    assertThat(EntrySegmenter.segment(List.of("• Cernea M.M., Putting people first, World Bank, Oxford-",
        "Washington, 1985.", "• Chakrabati A., Dhar A., Dislocation and", "Resettlement, Routledge, 2010.",
        "• Wali A., Kilowatts and crisis, Westview Press, Boulder, 1989.")))
        .containsExactly("Cernea M.M., Putting people first, World Bank, Oxford- Washington, 1985.",
            "Chakrabati A., Dhar A., Dislocation and Resettlement, Routledge, 2010.",
            "Wali A., Kilowatts and crisis, Westview Press, Boulder, 1989.");
  }
}
