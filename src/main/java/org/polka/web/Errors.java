package org.polka.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.polka.web.view.Messages;
import org.polka.web.view.Pages.ErrorInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns failures into HTTP responses: JSON {@code {"status","message"}} under
 * {@code /api/}, an HTML error page elsewhere. Unknown routes arrive here as 404.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void install(Javalin app, Ui ui) {
    app.exception(HttpResponseException.class,
        (e, ctx) -> respond(ui, ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ui, ctx, 500, "internal server error");
    });
  }

  private static void respond(Ui ui, Context ctx, int status, String message) {
    if (ctx.path().startsWith("/api/")) {
      Json.send(ctx, status, Json.object().put("status", status).put("message", message));
      return;
    }
    Messages msg = ui.messages(ctx);
    String key = "error." + status;
    String text = msg.keys().contains(key) ? msg.t(key) : message;
    ctx.status(status);
    ui.render(ctx, "error.jte", new ErrorInfo(ui.chrome(ctx, msg.t("error.title", status), ""),
        status, text));
  }
}
