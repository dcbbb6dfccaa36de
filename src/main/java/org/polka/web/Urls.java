package org.polka.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the site's URLs: article, journal and discipline pages, and query strings. */
final class Urls {
  private Urls() {}

  /** The short, stable address of an article; it redirects to {@link #article(long, String)}. */
  static String article(long id) {
    return "/articles/" + id;
  }

  /** The canonical address of an article: id and a slug of its title. */
  static String article(long id, String title) {
    return "/articles/" + id + "/" + Slugs.of(title);
  }

  static String file(long id) {
    return "/articles/" + id + "/file";
  }

  /** The article in a citation style or a reference-manager format. */
  static String cite(long id, String style) {
    return "/api/articles/" + id + "/cite?style=" + encode(style);
  }

  static String journal(String name) {
    return "/journals/" + segment(name);
  }

  static String discipline(String name) {
    return "/disciplines/" + segment(name);
  }

  /** A search for articles with this keyword. */
  static String keyword(String keyword) {
    return "/search?keyword=" + encode(keyword);
  }

  /** The path with a query string made of the parameters, in their map order; just the path when none. */
  static String withQuery(String path, Map<String, List<String>> params) {
    StringJoiner q = new StringJoiner("&");
    params.forEach((name, values) -> values.forEach(v -> q.add(encode(name) + "=" + encode(v))));
    return q.length() == 0 ? path : path + "?" + q;
  }

  /** Scheme, host and port of the request ("http://localhost:8080"), for absolute URLs. */
  static String base(io.javalin.http.Context ctx) {
    String host = ctx.host();
    return ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host);
  }

  /** A value encoded for a query string. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A value encoded as one path segment (spaces as {@code %20}, slashes escaped). */
  static String segment(String value) {
    return encode(value).replace("+", "%20");
  }
}
