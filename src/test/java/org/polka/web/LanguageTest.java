package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageTest {
  @TempDir
  static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir);
    web.add(Samples.article("Климат Арктики", "ru", "Экология", "Природа", 2020, "Лёд тает."));
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void russianByDefault() {
    Document home = web.page("/");
    assertThat(home.select("html").attr("lang")).isEqualTo("ru");
    assertThat(home.select("form.search button").text()).isEqualTo("Найти");
    assertThat(home.select("section.disciplines h2").text()).isEqualTo("Области наук");
  }

  @Test
  void acceptLanguageChoosesEnglish() {
    Document home = web.page("/", "Accept-Language", "en-GB,en;q=0.9,ru;q=0.5");
    assertThat(home.select("html").attr("lang")).isEqualTo("en");
    assertThat(home.select("section.disciplines h2").text()).isEqualTo("Disciplines");
  }

  @Test
  void switchIsRememberedInACookie() {
    var response = web.get("/search?q=%D0%BA%D0%BB%D0%B8%D0%BC%D0%B0%D1%82&lang=en");
    assertThat(response.statusCode()).isEqualTo(200);
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("lang=en");
    assertThat(response.body()).contains("Articles found: 1");

    Document later = web.page("/", "Cookie", "lang=en", "Accept-Language", "ru");
    assertThat(later.select("html").attr("lang")).isEqualTo("en");

    Document switched = web.page("/search?q=x&lang=ru");
    assertThat(switched.select("nav.langs a.on").text()).isEqualTo("RU");
    assertThat(switched.select("nav.langs a:contains(EN)").attr("href")).isEqualTo("/search?q=x&lang=en");
  }
}
