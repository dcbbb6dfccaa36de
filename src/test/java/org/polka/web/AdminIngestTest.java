package org.polka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polka.article.ArticleJson;

class AdminIngestTest {

  @Test
  void streamsProgressReportAndDoneToALoopbackClient(@TempDir Path dir, @TempDir Path input)
      throws IOException {
    Path file = input.resolve("notes.txt");
    Files.writeString(file, "Не статья, а просто заметка.\n");
    try (WebFixture web = new WebFixture(dir)) {
      String body = ArticleJson.mapper().writeValueAsString(
          java.util.Map.of("paths", List.of(file.toAbsolutePath().toString())));
      var response = web.post("/api/admin/ingest", body);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      List<String> lines = response.body().lines().toList();
      assertThat(lines).isNotEmpty();
      assertThat(lines.get(lines.size() - 1)).isEqualTo("done");
      assertThat(lines).anyMatch(l -> l.startsWith("added ") && l.contains("failed"));
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
