package org.polka.oai;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * The polite HTTP side of harvesting: waits the configured delay between requests, and on
 * {@code 503 Service Unavailable} waits as long as {@code Retry-After} asks (seconds or an HTTP
 * date; capped) before asking again, up to a number of retries. Network failures are retried the
 * same way.
 */
final class HarvestClient {
  /** Waits; the tests pass one that records the waits instead of sleeping through them. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private static final Duration MAX_WAIT = Duration.ofMinutes(10);
  private static final Duration DEFAULT_RETRY = Duration.ofSeconds(10);

  private final HttpClient http;
  private final Sleeper sleeper;
  private final Duration delay;
  private final int retries;
  private final Consumer<String> progress;
  private boolean first = true;

  HarvestClient(HttpClient http, Sleeper sleeper, Duration delay, int retries,
      Consumer<String> progress) {
    this.http = http;
    this.sleeper = sleeper;
    this.delay = delay;
    this.retries = retries;
    this.progress = progress;
  }

  /** The URL of a request: the base URL with the arguments as a query string. */
  static String url(String baseUrl, Map<String, String> args) {
    StringJoiner q = new StringJoiner("&");
    args.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + q;
  }

  /** GETs the URL and returns the parsed OAI-PMH response. */
  OaiPage fetch(String url) {
    int attempt = 0;
    while (true) {
      pause(first ? Duration.ZERO : delay);
      first = false;
      Duration wait;
      try {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMinutes(2)).header("User-Agent", "Polka OAI-PMH harvester").GET()
            .build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status == 200) {
          return OaiPage.parse(response.body(), url);
        }
        if (status != 503) {
          throw new HarvestException("HTTP " + status + " from " + url);
        }
        wait = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
        progress.accept("harvest: 503 from the source, retrying in " + wait.toSeconds() + " s");
      } catch (IOException e) {
        wait = DEFAULT_RETRY;
        if (attempt >= retries) {
          throw new HarvestException("cannot reach " + url + ": " + e.getMessage(), e);
        }
        progress.accept("harvest: " + e.getMessage() + "; retrying in " + wait.toSeconds() + " s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HarvestException("interrupted", e);
      }
      if (++attempt > retries) {
        throw new HarvestException("the source is still unavailable after " + retries + " retries: " + url);
      }
      pause(wait);
    }
  }

  /** The wait a Retry-After value asks for: delta-seconds or an HTTP date; capped at ten minutes. */
  static Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_RETRY;
    }
    Duration d;
    if (value.strip().matches("\\d{1,9}")) {
      d = Duration.ofSeconds(Long.parseLong(value.strip()));
    } else {
      try {
        d = Duration.between(ZonedDateTime.now(),
            ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
      } catch (DateTimeParseException e) {
        d = DEFAULT_RETRY;
      }
    }
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
  }

  private void pause(Duration d) {
    if (d.isZero()) {
      return;
    }
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarvestException("interrupted", e);
    }
  }
}
