package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polka.web.view.Messages;

class MessagesTest {

  @Test
  void bothLanguagesHaveEveryText() {
    Set<String> ru = Messages.load("ru").keys();
    Set<String> en = Messages.load("en").keys();
    assertThat(ru).isEqualTo(en).contains("search.empty", "article.notes", "home.empty.text");
  }

  @Test
  void formatsAndNamesLanguages() {
    Messages ru = Messages.load("ru");
    assertThat(ru.t("search.results", 5)).isEqualTo("Найдено статей: 5");
    assertThat(ru.languageName("en")).isEqualTo("Английский");
    assertThat(ru.languageName("de")).isEqualTo("de");
    assertThat(Messages.load("en").t("no.such.key")).isEqualTo("no.such.key");
  }
}
