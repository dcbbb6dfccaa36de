package org.polka.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.polka.select.Limits;
import org.polka.select.ListItem;
import org.polka.select.ReadingList;
import org.polka.select.Similar;
import org.polka.web.view.Messages;
import org.polka.web.view.Parts.Chrome;
import org.polka.web.view.Parts.Link;
import org.polka.web.view.SelectViews.Entry;
import org.polka.web.view.SelectViews.Group;
import org.polka.web.view.SelectViews.SelectList;
import org.polka.web.view.SelectViews.SimilarBlock;
import org.polka.web.view.SelectViews.Version;

/** Page models of reading lists and similar articles, made from the selection service's records. */
final class SelectModel {
  private SelectModel() {}

  /** The page of a saved list. */
  static SelectList list(ReadingList list, Chrome chrome) {
    Messages msg = chrome.msg();
    Map<Long, Integer> numbers = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      numbers.put(list.items().get(i).id(), i + 1);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      ListItem item = list.items().get(i);
      String subtopic = item.subtopic() >= 0 && item.subtopic() < list.subtopics().size()
          ? list.subtopics().get(item.subtopic()).name() : null;
      entries.add(entry(item, i + 1, subtopic, item.citedBy().stream()
          .map(numbers::get).filter(n -> n != null).toList(), msg));
    }
    List<Group> groups = list.subtopics().stream().map(s -> new Group(s.name(), s.size())).toList();
    String export = "/select/" + list.id() + "/export?style=";
    List<Link> exports = List.of(
        new Link("ГОСТ Р 7.0.100-2018", export + "gost-r-7.0.100-2018", false),
        new Link("APA 7", export + "apa", false),
        new Link("BibTeX", export + "bibtex", false),
        new Link("RIS", export + "ris", false),
        new Link("CSL-JSON", export + "csl-json", false),
        new Link("JSON", "/api/select/" + list.id(), false));
    return new SelectList(chrome, list.id(), list.topic(), list.topicLanguage(),
        limits(list.limits(), msg), groups, entries, "/select/" + list.id() + "/refine", exports);
  }

  /** The similar-articles block of an article page. */
  static SimilarBlock similar(Similar similar, Messages msg) {
    List<Entry> entries = new ArrayList<>();
    for (ListItem item : similar.similar()) {
      entries.add(entry(item, entries.size() + 1, null, List.of(), msg));
    }
    List<Version> versions = similar.versions().stream()
        .map(v -> new Version(entry(v.item(), 0, null, List.of(), msg), v.reason())).toList();
    return new SimilarBlock(entries, versions);
  }

  private static Entry entry(ListItem item, int number, String subtopic, List<Integer> citedBy,
      Messages msg) {
    StringJoiner meta = new StringJoiner(", ");
    if (item.journal() != null) {
      meta.add(item.journal());
    }
    if (item.year() != null) {
      meta.add(item.year().toString());
    }
    if (item.language() != null) {
      meta.add(item.language());
    }
    return new Entry(item.id(), number, Urls.article(item.id()), Listings.title(item.title(), msg),
        String.join(", ", item.authors()), meta.toString(), item.concepts(), item.snippet(),
        subtopic, citedBy);
  }

  /** The limits in the reader's words, e.g. "2010–2020 · ru, en · open licences · 20 items". */
  static String limits(Limits limits, Messages msg) {
    StringJoiner out = new StringJoiner(" · ");
    if (limits.yearFrom() != null || limits.yearTo() != null) {
      out.add((limits.yearFrom() == null ? "" : limits.yearFrom().toString()) + "–"
          + (limits.yearTo() == null ? "" : limits.yearTo().toString()));
    }
    if (!limits.disciplines().isEmpty()) {
      out.add(String.join(", ", limits.disciplines()));
    }
    if (!limits.languages().isEmpty()) {
      out.add(String.join(", ", limits.languages()));
    }
    if (limits.openOnly()) {
      out.add(msg.t("select.open"));
    }
    out.add(msg.t("select.items", limits.size()));
    return out.toString();
  }
}
