package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.ArticleJson;

class AdminIngestTest {

  @Test
  void streamsProgressReportAndDoneToALoopbackClient(@TempDir Path dir, @TempDir Path input)
      throws IOException {
    Path file = input.resolve("records.jsonl");
    Files.writeString(file, """
        {"source":"test","id":"r1","title":"Ледники Памира","authors":["Иван Петров"],\
        "year":"2018","discipline":"Экология","abstract":"Ледники Памира отступают.",\
        "fulltext":"Ледники Памира отступают быстрее, чем ожидалось.","language":"ru"}
        """);
    try (WebFixture web = new WebFixture(dir)) {
      String body = ArticleJson.mapper().writeValueAsString(
          Map.of("paths", List.of(file.toAbsolutePath().toString())));
      var response = web.post("/api/admin/ingest", body);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      List<String> lines = response.body().lines().toList();
      assertThat(lines.get(lines.size() - 1)).isEqualTo("done");
      assertThat(lines).contains("added 1, updated 0, unchanged 0, failed 0");

      var found = web.json(web.get("/api/search?q=%D0%9B%D0%B5%D0%B4%D0%BD%D0%B8%D0%BA%D0%B8"), 200);
      assertThat(found.get("total").asLong()).isEqualTo(1);
      assertThat(found.get("hits").get(0).get("title").asText()).isEqualTo("Ледники Памира");
    }
  }

  @Test
  void refusesABodyWithoutPaths(@TempDir Path dir) {
    try (WebFixture web = new WebFixture(dir)) {
      var response = web.post("/api/admin/ingest", "{\"files\":[]}");
      assertThat(web.json(response, 400).get("message").asText()).contains("paths");
    }
  }

  @Test
  void refusesClientsOnOtherAddresses(@TempDir Path dir) throws Exception {
    String address = nonLoopbackAddress();
    assumeTrue(address != null, "this machine has no non-loopback IPv4 address to test from");
    try (WebFixture web = new WebFixture(dir)) {
      String port = web.base.substring(web.base.lastIndexOf(':') + 1);
      var request = HttpRequest.newBuilder(
              URI.create("http://" + address + ":" + port + "/api/admin/ingest"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"paths\":[\"/tmp\"]}")).build();
      var response = HttpClient.newHttpClient()
          .send(request, HttpResponse.BodyHandlers.ofString());
      var json = web.json(response, 403);
      assertThat(json.get("status").asInt()).isEqualTo(403);
      assertThat(web.library.catalog().count()).isZero();
    }
  }

  private static String nonLoopbackAddress() throws SocketException {
    for (var nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (var a : Collections.list(nic.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
          return a.getHostAddress();
        }
      }
    }
    return null;
  }

  @Test
  void onlyLoopbackAddressesMayIngest() {
    assertThat(AdminApi.loopback("127.0.0.1")).isTrue();
    assertThat(AdminApi.loopback("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(AdminApi.loopback("[::1]")).isTrue();
    assertThat(AdminApi.loopback("10.0.0.7")).isFalse();
    assertThat(AdminApi.loopback("192.168.1.20")).isFalse();
    assertThat(AdminApi.loopback("2001:db8::1")).isFalse();
    assertThat(AdminApi.loopback("localhost")).isFalse();
    assertThat(AdminApi.loopback(null)).isFalse();
  }
}
