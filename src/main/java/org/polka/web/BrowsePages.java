package org.polka.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.polka.Library;
import org.polka.search.SearchQuery;
import org.polka.search.SearchResult;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.Listing;

/** The pages that list the articles of one journal or one discipline. */
final class BrowsePages {
  private final Library library;
  private final Ui ui;

  BrowsePages(Library library, Ui ui) {
    this.library = library;
    this.ui = ui;
  }

  void journal(Context ctx) {
    String name = ctx.pathParam("name");
    show(ctx, "journal", name, Urls.journal(name), ui.messages(ctx).t("journal.title", name));
  }

  void discipline(Context ctx) {
    String name = ctx.pathParam("name");
    show(ctx, "discipline", name, Urls.discipline(name),
        ui.messages(ctx).t("discipline.title", name));
  }

  private void show(Context ctx, String field, String value, String path, String heading) {
    Messages msg = ui.messages(ctx);
    SearchParams asked = SearchParams.from(ctx);
    SearchParams params = new SearchParams("", Map.of(), asked.sort(), asked.page());
    SearchQuery query = new SearchQuery("", Map.of(field, List.of(value)), params.sort(),
        params.page(), Listings.PAGE_SIZE);
    SearchResult result = library.index().search(query);
    if (result.total() == 0) {
      throw new NotFoundResponse("no articles in " + field + " " + value);
    }
    int last = Listings.lastPage(result.total(), Listings.PAGE_SIZE);
    if (params.page() > last) {
      ctx.redirect(params.withPage(last).url(path));
      return;
    }
    ui.render(ctx, "listing.jte", new Listing(ui.chrome(ctx, heading, ""), heading, result.total(),
        result.hits().stream().map(h -> Listings.card(h, msg)).toList(),
        Listings.sorts(params, path, msg),
        Listings.paging(params, result.total(), Listings.PAGE_SIZE, path, msg)));
  }
}
