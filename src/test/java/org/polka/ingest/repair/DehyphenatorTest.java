package org.polka.ingest.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DehyphenatorTest {
  private static final Lexicon LEXICON = Lexicon.load();

  private static String repair(String text) {
    return Dehyphenator.learnFrom(text, LEXICON).repair(text);
  }

  @Test
  void joinsWhenTheTextUsesTheJoinedWord() {
    assertThat(repair("Kommersant reported it. Later Kom-mersant denied it."))
        .isEqualTo("Kommersant reported it. Later Kommersant denied it.");
  }

  @Test
  void joinsBrokenNames() {
    assertThat(repair("President Naza-rbaev visited the Toktu-gulskaia dam."))
        .isEqualTo("President Nazarbaev visited the Toktugulskaia dam.");
  }

  @Test
  void keepsCompoundsWithKnownParts() {
    String text = "The military-technical talks were military in tone; a Turkey-sponsored plan "
        + "for Turkey and a post-war order.";
    assertThat(repair(text)).isEqualTo(text);
  }

  @Test
  void keepsCapitalisedAndNumberedCompounds() {
    String text = "Lada-Niva cars, Tu-154 planes, Russian-Kazakh ties, X-ray scans, 2001-2005.";
    assertThat(repair(text)).isEqualTo(text);
  }

  @Test
  void keepsCompoundsThatRecur() {
    String text = "a tank-repair depot and another tank-repair depot";
    assertThat(repair(text)).isEqualTo(text);
  }

  @Test
  void keepsLongUnknownEnglishPartsButJoinsWordEndings() {
    assertThat(repair("anti-aircraft guns and helicopter-carrier ships"))
        .isEqualTo("anti-aircraft guns and helicopter-carrier ships");
    assertThat(repair("a careful considera-tion and a particu-lar view"))
        .isEqualTo("a careful consideration and a particular view");
  }

  @Test
  void reportsTheDecisionsTheTextDidNotSupport() {
    String text = "President Naza-rbaev saw anti-aircraft guns and helicopter-carrier ships.";
    Dehyphenator d = Dehyphenator.learnFrom(text, LEXICON);
    d.repair(text);
    assertThat(d.guesses()).containsExactly("Naza-rbaev → Nazarbaev");
    Dehyphenator textOnly = Dehyphenator.learnFrom(text, Lexicon.empty());
    textOnly.repair(text);
    assertThat(textOnly.guesses())
        .containsExactly("Naza-rbaev → Nazarbaev", "helicopter-carrier (kept)");
  }

  @Test
  void joinsRussianWordsBrokenWithASpace() {
    assertThat(repair("ключевое сло- во и эконо-мика")).isEqualTo("ключевое слово и экономика");
  }

  @Test
  void keepsRussianCompoundsAndSpacedConjunctions() {
    String text = "кто-то сказал по-русски, что пред- и послевоенный период";
    assertThat(repair(text)).isEqualTo(text);
  }

  @Test
  void joinsWordsTheDictionaryKnowsEvenWhenTheTextUsesThemNowhereElse() {
    assertThat(repair("the govern-ments of the region and произво- дительности программ"))
        .isEqualTo("the governments of the region and производительности программ");
  }

  @Test
  void keepsCompoundsOfTwoDictionaryWords() {
    String text = "military-political ties and научно-технический прогресс";
    assertThat(repair(text)).isEqualTo(text);
  }

  @Test
  void keepsPrefixCompoundsEvenWhenTheDictionaryKnowsTheJoinedWord() {
    String text = "the pre-war economy and co-operation";
    assertThat(repair(text)).isEqualTo(text);
  }

  @Test
  void withoutADictionaryTheTextAloneDecides() {
    String text = "the bureau-cracy of the region";
    assertThat(Dehyphenator.learnFrom(text, Lexicon.empty()).repair(text)).isEqualTo(text);
    assertThat(repair(text)).isEqualTo("the bureaucracy of the region");
  }

  private static String lineEnds(String text) {
    String marked = text.replace("-|", String.valueOf(Dehyphenator.LINE_END));
    return Dehyphenator.learnFrom(marked, LEXICON).repairLineEnds(marked);
  }

  @Test
  void joinsAPrefixAndAWordBrokenAtALineEnd() {
    assertThat(lineEnds("an implant which pre-|vents harm; one method of over-|coming it; inter-|action"))
        .isEqualTo("an implant which prevents harm; one method of overcoming it; interaction");
  }

  @Test
  void keepsHyphensTheDictionaryOrTheSpellingRulesWantAtALineEnd() {
    assertThat(lineEnds("socio-|economic and socio-|demographic data, re-|evaluations, above-|mentioned"))
        .isEqualTo("socio-economic and socio-demographic data, re-evaluations, above-mentioned");
  }

  @Test
  void leavesHyphensWithinAPrintedLineAlone() {
    assertThat(lineEnds("a non-profit body, like any nonprofit, and a high-|lights reel"))
        .isEqualTo("a non-profit body, like any nonprofit, and a highlights reel");
  }

  @Test
  void repairsABreakInsideACompound() {
    assertThat(lineEnds("the so-|cial-democratic and high-func-|tioning parties"))
        .isEqualTo("the social-democratic and high-functioning parties");
  }

  @Test
  void followsTheDocumentsOwnSpellingAtALineEnd() {
    assertThat(lineEnds("world-views differ, and so do world-|views"))
        .isEqualTo("world-views differ, and so do world-views");
  }
}
