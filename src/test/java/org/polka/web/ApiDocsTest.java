package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes every API route the server declares, and the docs page shows it. */
class ApiDocsTest {
  private static final Pattern API_ROUTE =
      Pattern.compile("app\\.(get|post)\\(\"(/api/[^\"]*)\"");

  @TempDir
  static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() {
    web = new WebFixture(dir);
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void everyApiRouteIsDescribed() throws IOException {
    JsonNode doc = web.json(web.get("/api/openapi.json"), 200);
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<String> routes = declaredApiRoutes();
    assertThat(routes).hasSizeGreaterThan(10);
    for (String route : routes) {
      String[] parts = route.split(" ", 2);
      if (parts[1].equals("/api/openapi.json") || parts[1].equals("/api/docs")) {
        continue;
      }
      JsonNode op = doc.path("paths").path(parts[1]).path(parts[0]);
      assertThat(op.isMissingNode()).as("OpenAPI describes " + route).isFalse();
      assertThat(op.path("summary").asText()).as("summary of " + route).isNotBlank();
      assertThat(op.path("responses").size()).as("responses of " + route).isPositive();
    }
  }

  @Test
  void theDocsPageListsEveryOperation() throws IOException {
    Document page = web.page("/api/docs");
    List<String> shown = page.select(".api-operation h2").eachText();
    for (String route : declaredApiRoutes()) {
      if (!route.endsWith("/api/openapi.json") && !route.endsWith("/api/docs")) {
        assertThat(shown).contains(route.toUpperCase(Locale.ROOT).split(" ")[0] + " " + route.split(" ")[1]);
      }
    }
  }

  /** "get /api/search" and so on, read from the one file that declares the routes. */
  private static List<String> declaredApiRoutes() throws IOException {
    String routes = Files.readString(Path.of("src/main/java/org/polka/web/Routes.java"));
    List<String> found = new ArrayList<>();
    Matcher m = API_ROUTE.matcher(routes);
    while (m.find()) {
      found.add(m.group(1) + " " + m.group(2));
    }
    return found;
  }
}
