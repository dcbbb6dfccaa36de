package org.polka.oai;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.polka.catalog.Catalog;

/**
 * The OAI-PMH endpoint ({@code /oai}) as the web server calls it: reads the arguments from the query
 * string (GET) or the form body (POST) and answers with the provider's XML. Protocol errors are
 * part of the XML answer (HTTP 200), as the specification requires.
 */
public final class OaiEndpoint {
  /** Entries per ListRecords / ListIdentifiers page. */
  public static final int PAGE_SIZE = 100;

  private final OaiProvider provider;

  /**
   * An endpoint over the catalog. Identify names the administrator from {@code $POLKA_ADMIN_EMAIL}
   * (a placeholder address when unset).
   */
  public OaiEndpoint(Catalog catalog) {
    String email = System.getenv("POLKA_ADMIN_EMAIL");
    this.provider = new OaiProvider(catalog.changes(), new OaiProvider.Settings("Polka",
        email == null || email.isBlank() ? "polka@localhost.localdomain" : email, PAGE_SIZE),
        Clock.systemUTC());
  }

  /** Answers {@code GET /oai}. */
  public void get(Context ctx) {
    send(ctx, ctx.queryParamMap());
  }

  /** Answers {@code POST /oai} (arguments as {@code application/x-www-form-urlencoded}). */
  public void post(Context ctx) {
    send(ctx, ctx.formParamMap());
  }

  private void send(Context ctx, Map<String, List<String>> params) {
    String xml = provider.respond(ctx.url(), params);
    ctx.contentType("text/xml; charset=UTF-8");
    ctx.result(xml);
  }
}
