package org.polka.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.polka.Library;
import org.polka.select.Limits;
import org.polka.select.ReadingList;
import org.polka.select.Refinements;
import org.polka.web.view.Messages;
import org.polka.web.view.SelectViews.Choice;
import org.polka.web.view.SelectViews.SelectForm;
import org.polka.web.view.SelectViews.SimilarBlock;

/** The literature selection pages: the topic form, saved lists and their refinement. */
final class SelectPages {
  /** Disciplines offered as limits in the form. */
  static final int DISCIPLINES = 30;

  private final Library library;
  private final Ui ui;

  SelectPages(Library library, Ui ui) {
    this.library = library;
    this.ui = ui;
  }

  /** {@code GET /select}: the topic form. */
  void form(Context ctx) {
    renderForm(ctx, "", null, SelectRequests.DEFAULT_LIMIT, Limits.none(SelectRequests.DEFAULT_LIMIT));
  }

  /** {@code POST /select}: makes and saves a list, then sends the reader to it. */
  void create(Context ctx) {
    SelectRequests request;
    try {
      request = SelectRequests.fromForm(ctx);
    } catch (BadRequestResponse e) {
      ctx.status(400);
      String topic = ctx.formParam("topic");
      renderForm(ctx, topic == null ? "" : topic, e.getMessage(), SelectRequests.DEFAULT_LIMIT,
          Limits.none(SelectRequests.DEFAULT_LIMIT));
      return;
    }
    ReadingList list = library.lists().create(
        library.selector().select(request.topic(), request.limits(), Refinements.NONE));
    ctx.redirect("/select/" + list.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** {@code GET /select/{id}}: a saved list. */
  void show(Context ctx) {
    ReadingList list = saved(library, ctx.pathParam("id"));
    Messages msg = ui.messages(ctx);
    ui.render(ctx, "selection.jte", SelectModel.list(list, ui.chrome(ctx, msg.t("select.list"), "")));
  }

  /** {@code POST /select/{id}/refine}: remove an item, or ask for more or fewer like it. */
  void refine(Context ctx) {
    ReadingList list = saved(library, ctx.pathParam("id"));
    refined(library, list, SelectRequests.action(ctx.formParam("action")),
        SelectRequests.item(ctx.formParam("item")));
    ctx.redirect("/select/" + list.id(), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** The similar-articles block of an article page (null when the index does not hold it). */
  SimilarBlock similar(long id, Messages msg) {
    return library.selector().similar(id).map(s -> SelectModel.similar(s, msg)).orElse(null);
  }

  /** The saved list with the id; 404 when there is none. */
  static ReadingList saved(Library library, String id) {
    return library.lists().get(id)
        .orElseThrow(() -> new NotFoundResponse("no saved reading list " + id));
  }

  /** The list made again with one more refinement, saved under the same id. */
  static ReadingList refined(Library library, ReadingList list, Refinements.Action action,
      long item) {
    Refinements refinements = list.refinements().with(action, item);
    ReadingList again = library.selector().select(list.topic(), list.limits(), refinements);
    return library.lists().replace(again.withId(list.id()));
  }

  private void renderForm(Context ctx, String topic, String error, int limit, Limits limits) {
    Messages msg = ui.messages(ctx);
    List<Choice> disciplines = library.index().facet("discipline", DISCIPLINES).stream()
        .map(f -> new Choice(f.value(), f.value() + " (" + f.count() + ")",
            limits.disciplines().contains(f.value()))).toList();
    List<Choice> languages = List.of(new Choice("ru", msg.t("lang.ru"), false),
        new Choice("en", msg.t("lang.en"), false));
    ui.render(ctx, "select.jte", new SelectForm(ui.chrome(ctx, msg.t("select.title"), ""), topic,
        error, "", "", disciplines, languages, false, limit));
  }

  /** The article page model's companion: used by {@link ArticlePage} through the map render. */
  static Map<String, Object> withSimilar(Object page, SimilarBlock similar) {
    return similar == null ? Map.of("page", page) : Map.of("page", page, "similar", similar);
  }
}
