package org.polka.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.Help;
import org.polka.web.view.Pages.HelpRow;
import org.polka.web.view.Parts.Link;

/** The search help page: every part of the query language, with examples, in the reader's language. */
final class HelpPage {
  /** Example queries per help topic; the explanations are the messages {@code help.search.TOPIC}. */
  private static final List<Topic> TOPICS = List.of(
      new Topic("words", "теория графов", "economic growth"),
      new Topic("phrase", "\"теория графов\""),
      new Topic("operators", "графы AND сети", "графы OR сети", "графы NOT сети",
          "(графы OR сети) AND алгоритмы"),
      new Topic("minus", "графы -сети", "+графы сети"),
      new Topic("fields", "title:графы", "author:Рашидов", "author:Rashidov", "journal:вестник",
          "keyword:онтология", "abstract:модель", "body:модель", "discipline:\"Математика\""),
      new Topic("year", "year:2004", "year:2000-2010", "year:[2000 TO 2010]"),
      new Topic("lang", "lang:ru", "lang:en", "lang:english"),
      new Topic("doi", "doi:10.1234/abcd.5678"),
      new Topic("wildcards", "эконом*", "organi?ation"),
      new Topic("fallback", "(графы AND"),
      new Topic("spelling", "онтолгия"),
      new Topic("suggest"),
      new Topic("counts"));

  private final Ui ui;

  HelpPage(Ui ui) {
    this.ui = ui;
  }

  void show(Context ctx) {
    Messages msg = ui.messages(ctx);
    List<HelpRow> rows = TOPICS.stream()
        .map(t -> new HelpRow(t.examples().stream()
            .map(ex -> new Link(ex, Urls.withQuery("/search", Map.of("q", List.of(ex))), false))
            .toList(), msg.t("help.search." + t.key())))
        .toList();
    ui.render(ctx, "help.jte", new Help(ui.chrome(ctx, msg.t("help.search.title"), ""), rows));
  }

  private record Topic(String key, List<String> examples) {
    Topic(String key, String... examples) {
      this(key, List.of(examples));
    }
  }
}
