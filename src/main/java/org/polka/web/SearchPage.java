package org.polka.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.polka.Library;
import org.polka.search.FacetValue;
import org.polka.search.SearchIndex;
import org.polka.search.SearchResult;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.Search;
import org.polka.web.view.Parts.FacetGroup;
import org.polka.web.view.Parts.FacetLink;
import org.polka.web.view.Parts.Link;

/** The search page: ranked hits, facets that toggle filters, active filters, sort and paging. */
final class SearchPage {
  private static final String PATH = "/search";

  private final Library library;
  private final Ui ui;

  SearchPage(Library library, Ui ui) {
    this.library = library;
    this.ui = ui;
  }

  void show(Context ctx) {
    Messages msg = ui.messages(ctx);
    SearchParams params = SearchParams.from(ctx);
    SearchResult result = library.index().search(params.query(Listings.PAGE_SIZE));
    int last = Listings.lastPage(result.total(), Listings.PAGE_SIZE);
    if (params.page() > last) {
      ctx.redirect(params.withPage(last).url(PATH));
      return;
    }
    String title = params.q().isEmpty() ? msg.t("search.title") : params.q();
    ui.render(ctx, "search.jte", new Search(ui.chrome(ctx, title, params.q()), params.q(),
        result.total(), result.notice(),
        result.hits().stream().map(h -> Listings.card(h, msg)).toList(),
        facets(result, params, msg), active(params, msg),
        params.filters().isEmpty() ? null : params.cleared().url(PATH),
        Listings.sorts(params, PATH, msg),
        Listings.paging(params, result.total(), Listings.PAGE_SIZE, PATH, msg),
        msg.t(result.approximate() ? "search.results.about" : "search.results", result.total()),
        result.didYouMean() == null ? null : new Link(result.didYouMean(),
            new SearchParams(result.didYouMean(), params.filters(), params.sort(), 1).url(PATH),
            false)));
  }

  private static List<FacetGroup> facets(SearchResult result, SearchParams params, Messages msg) {
    List<FacetGroup> groups = new ArrayList<>();
    for (String field : SearchIndex.FACETS) {
      List<FacetValue> values = result.facets() == null ? null : result.facets().get(field);
      if (values == null || values.isEmpty()) {
        continue;
      }
      List<FacetLink> links = ordered(field, values).stream()
          .map(v -> new FacetLink(label(field, v.value(), msg), v.count(),
              params.toggle(field, v.value()).url(PATH), params.has(field, v.value())))
          .toList();
      groups.add(new FacetGroup(field, msg.t("facet." + field), links));
    }
    return groups;
  }

  /** Facet values as the index ranks them, except years, which read best newest first. */
  private static List<FacetValue> ordered(String field, List<FacetValue> values) {
    if (!"year".equals(field)) {
      return values;
    }
    return values.stream()
        .sorted(Comparator.comparing(FacetValue::value, Comparator.reverseOrder()))
        .toList();
  }

  /** The active filters as links to the same search without each one. */
  private static List<Link> active(SearchParams params, Messages msg) {
    List<Link> links = new ArrayList<>();
    params.filters().forEach((field, values) -> values.forEach(v -> links.add(new Link(
        msg.t("facet." + field) + ": " + label(field, v, msg), params.toggle(field, v).url(PATH),
        true))));
    return links;
  }

  /** How a facet value reads: language codes as language names, other values as they are. */
  static String label(String field, String value, Messages msg) {
    return "language".equals(field) ? msg.languageName(value) : value;
  }
}
