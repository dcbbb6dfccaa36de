package org.polka.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Small hand-written source records in the corpus schema, six Russian and four English. */
final class Sources {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Sources() {}

  static List<ObjectNode> records() {
    List<ObjectNode> out = new ArrayList<>();
    String[][] ru = {
        {"Методы оптимизации программ на языке JavaScript", "Статья о компиляции. Описан подход к кэшированию.",
            "Введение\n\nКомпиляция во время выполнения.\n\nСтатическая компиляция программ."},
        {"Комбинаторика слов и построение тестовых последовательностей", "Статья о тестах. Рассмотрены автоматы.", ""},
        {"Роль ретардантов в технологии выращивания табака", "Изучено влияние ретардантов. Установлена доза.",
            "ВВЕДЕНИЕ\n\nСерьезной проблемой является погода.\n\nПриостановка роста табака важна."},
        {"Наша культура нуждается в своей архитектуре", "", "Очевидная мысль о зодчестве.\nВторая строка текста."},
        {"О вычислении постоянных в оценках линейных форм", "", ""},
        {"Экономическое развитие Центральной Азии", "Торговля в регионе. Караваны шли через степи.",
            "Торговые пути менялись.\n\nКараваны шли через горы."},
    };
    String[][] en = {
        {"State of external ocular muscles in strabismus", "", ""},
        {"Explaining the transparency of local government websites", "This paper studies transparency. We test a model.",
            "This paper contributes to the literature.\n\nOur main objective is to explain transparency."},
        {"Neural networks for language models", "We study neural networks. They learn text structure.",
            "Training uses large corpora.\n\nEvaluation uses held-out text."},
        {"Digital methods in legal history", "Digital methods help historians. Sources are scanned.", ""},
    };
    for (int i = 0; i < ru.length; i++) {
      out.add(record("cyberleninka:test", "ru" + i, "https://cyberleninka.ru/article/n/ru" + i, ru[i], "ru",
          i % 2 == 0 ? "Экономика" : "Биология", List.of("Иванов И.И.", "Петрова А.А."), List.of("торговля", "тесты")));
    }
    for (int i = 0; i < en.length; i++) {
      out.add(record("s2orc:test", "en" + i, i == 1 ? "https://doi.org/10.1016/j.giq.2017.08.005" : null, en[i], "en",
          "Medicine", List.of("John Smith"), i == 2 ? List.of("machine learning") : List.of()));
    }
    return out;
  }

  private static ObjectNode record(String source, String id, String url, String[] text, String language,
      String discipline, List<String> authors, List<String> keywords) {
    ObjectNode r = JSON.createObjectNode();
    r.put("source", source);
    r.put("id", id);
    r.put("url", url);
    r.put("title", text[0]);
    authors.forEach(r.putArray("authors")::add);
    r.put("journal", "Journal " + language);
    r.put("year", 2000 + id.hashCode() % 20);
    keywords.forEach(r.putArray("keywords")::add);
    r.put("discipline", discipline);
    r.put("abstract", text[1]);
    r.putNull("abstract_en");
    r.put("fulltext", text[2]);
    r.put("language", language);
    r.put("license", "cc-by");
    r.put("provenance", "test");
    return r;
  }
}
