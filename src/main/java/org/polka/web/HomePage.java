package org.polka.web;

import io.javalin.http.Context;
import java.util.List;
import org.polka.Library;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.Home;
import org.polka.web.view.Parts.FacetLink;

/** The home page: search box, disciplines with article counts, recently added articles. */
final class HomePage {
  private static final int DISCIPLINES = 50;
  private static final int RECENT = 10;

  private final Library library;
  private final Ui ui;

  HomePage(Library library, Ui ui) {
    this.library = library;
    this.ui = ui;
  }

  void show(Context ctx) {
    Messages msg = ui.messages(ctx);
    long total = library.catalog().count();
    List<FacetLink> disciplines = total == 0 ? List.of()
        : library.index().facet("discipline", DISCIPLINES).stream()
            .map(f -> new FacetLink(f.value(), f.count(), Urls.discipline(f.value()), false))
            .toList();
    var recent = library.catalog().recent(RECENT).stream().map(s -> Listings.card(s, msg)).toList();
    ui.render(ctx, "home.jte", new Home(ui.chrome(ctx, null, ""), total, disciplines, recent));
  }
}
