package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polka.select.SelectCorpus;

/** Literature selection and similar articles over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelectWebTest {
  WebFixture web;
  SelectCorpus corpus;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start(@TempDir Path dir) {
    web = new WebFixture(dir);
    corpus = new SelectCorpus(web.library);
  }

  @AfterAll
  void stop() {
    web.close();
  }

  @Test
  void theApiMakesASavedListThatCanBeReadAndRefined() {
    JsonNode list = web.json(web.post("/api/select",
        "{\"topic\": \"генетический алгоритм расписания\", \"limit\": 10, \"languages\": [\"ru\"]}"),
        200);
    String id = list.get("id").asText();
    assertThat(list.get("url").asText()).isEqualTo("/select/" + id);
    assertThat(list.get("items")).isNotEmpty();
    assertThat(list.get("items").get(0).get("concepts")).isNotEmpty();
    assertThat(list.get("subtopics")).isNotEmpty();
    long first = list.get("items").get(0).get("id").asLong();

    JsonNode read = web.json(web.get("/api/select/" + id), 200);
    assertThat(read.get("items").get(0).get("id").asLong()).isEqualTo(first);

    JsonNode refined = web.json(web.post("/api/select/" + id + "/refine",
        "{\"action\": \"remove\", \"item\": " + first + "}"), 200);
    assertThat(refined.get("id").asText()).isEqualTo(id);
    assertThat(refined.get("items").findValuesAsText("title")).isNotEmpty();
    assertThat(refined.get("items").findValues("id")).extracting(JsonNode::asLong)
        .doesNotContain(first);
    assertThat(web.json(web.get("/api/select/" + id), 200).get("refinements").get("removed")
        .get(0).asLong()).isEqualTo(first);
  }

  @Test
  void aSavedListExportsAsABibliographyInEachStyle() {
    JsonNode list = web.json(web.post("/api/select",
        "{\"topic\": \"генетический алгоритм расписания\", \"limit\": 10, \"languages\": [\"ru\"]}"),
        200);
    String id = list.get("id").asText();
    int items = list.get("items").size();
    String firstTitle = list.get("items").get(0).get("title").asText();

    HttpResponse<String> gost = web.get("/select/" + id + "/export?style=gost-r-7.0.100-2018");
    assertThat(gost.statusCode()).isEqualTo(200);
    assertThat(gost.body().strip().lines()).hasSize(items);
    assertThat(gost.body()).contains(firstTitle);

    HttpResponse<String> bibtex = web.get("/select/" + id + "/export?style=bibtex");
    assertThat(bibtex.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        v -> assertThat(v).contains("polka-list-" + id + ".bib"));
    assertThat(bibtex.body().split("\n@")).hasSize(items);

    assertThat(web.page("/select/" + id).select("section.export a[href*=export?style=ris]"))
        .hasSize(1);
    HttpResponse<String> unknown = web.get("/select/" + id + "/export?style=mla");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  @Test
  void badRequestsSayWhatIsWrong() {
    assertThat(web.json(web.post("/api/select", "{\"topic\": \"алгоритм\", \"limit\": 500}"), 400)
        .get("message").asText()).isEqualTo("limit must be between 10 and 100, not 500");
    assertThat(web.json(web.post("/api/select", "{\"limit\": 20}"), 400).get("message").asText())
        .startsWith("topic:");
    assertThat(web.json(web.post("/api/select", "{\"topic\": \"x\", \"year_from\": \"soon\"}"), 400)
        .get("message").asText()).contains("year_from");
    assertThat(web.json(web.get("/api/select/nosuchlist00"), 404).get("message").asText())
        .contains("nosuchlist00");
    assertThat(web.json(web.post("/api/select/nosuchlist00/refine", "{}"), 404)).isNotNull();
  }

  @Test
  void theFormMakesAListAndSendsTheReaderToItsPage() throws Exception {
    assertThat(web.page("/select").select("form[action=/select] textarea[name=topic]")).hasSize(1);
    HttpResponse<String> made = form("/select", "topic=" + enc("нейронные сети распознавание речи")
        + "&limit=10&year_from=2015");
    assertThat(made.statusCode()).isEqualTo(303);
    String location = made.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/select/[a-z0-9]{12}");
    Document page = web.page(location);
    assertThat(page.select("ol.reading-list li.item")).isNotEmpty();
    assertThat(page.select("li.item .concepts").first().text()).isNotBlank();
    assertThat(page.select("ul.subtopics li")).isNotEmpty();
    assertThat(page.select("section.export a").eachAttr("href")).contains("/api" + location,
        location + "/export?style=gost-r-7.0.100-2018");
    String item = page.select("li.item form.refine input[name=item]").first().attr("value");

    HttpResponse<String> refined = form(location + "/refine", "action=fewer&item=" + item);
    assertThat(refined.statusCode()).isEqualTo(303);
    assertThat(web.page(location).select("li.item#item-" + item)).isEmpty();
  }

  @Test
  void aTopicCanBeUploadedAsAFile() throws Exception {
    String boundary = "polka-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"topic\"\r\n\r\n\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
        + "filename=\"draft.txt\"\r\nContent-Type: text/plain\r\n\r\n"
        + "Neural networks for speech recognition\r\n--" + boundary + "--\r\n";
    HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(web.base + "/select"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
    Document page = web.page(made.headers().firstValue("Location").orElseThrow());
    assertThat(page.select("blockquote.topic").text()).isEqualTo("Neural networks for speech recognition");
    assertThat(page.select("li.item a.title").eachText()).anyMatch(t -> t.contains("речи"));
  }

  @Test
  void anEmptyFormIsShownAgainWithTheProblem() throws Exception {
    HttpResponse<String> response = form("/select", "topic=&limit=10");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("topic: give a sentence");
  }

  @Test
  void similarArticlesAreOnTheArticlePageAndInTheApi() {
    long seed = corpus.id("ga1");
    JsonNode similar = web.json(web.get("/api/articles/" + seed + "/similar"), 200);
    assertThat(similar.get("seed").asLong()).isEqualTo(seed);
    assertThat(similar.get("similar").findValues("id")).extracting(JsonNode::asLong)
        .isNotEmpty().doesNotContain(seed, corpus.id("dup"));
    assertThat(similar.get("versions").get(0).get("item").get("id").asLong())
        .isEqualTo(corpus.id("dup"));
    Document page = web.page("/articles/" + seed);
    assertThat(page.select("section.similar li.card")).isNotEmpty();
    assertThat(page.select("section.versions a.title").attr("href")).isEqualTo("/articles/"
        + corpus.id("dup"));
    assertThat(web.json(web.get("/api/articles/999999/similar"), 404).get("message").asText())
        .contains("999999");
    assertThat(web.json(web.get("/api/articles/abc/similar"), 400)).isNotNull();
  }

  private HttpResponse<String> form(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(web.base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
