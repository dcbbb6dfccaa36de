package org.polka.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.polka.web.view.Messages;
import org.polka.web.view.Parts.Chrome;
import org.polka.web.view.Parts.Link;

/**
 * The page renderer: picks the reader's interface language, builds the page frame and runs the
 * precompiled templates.
 *
 * <p>The language comes from {@code ?lang=ru|en} (then remembered in a cookie), else the cookie,
 * else the browser's Accept-Language, else Russian.
 */
final class Ui {
  static final String LANG = "lang";
  private static final int COOKIE_SECONDS = 365 * 24 * 3600;
  /** Pages run no scripts and load nothing from elsewhere: a second line of defence behind escaping. */
  private static final String POLICY =
      "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Map<String, Messages> messages = new LinkedHashMap<>();

  Ui() {
    Messages.LANGUAGES.forEach(l -> messages.put(l, Messages.load(l)));
  }

  /** The interface texts for this request's reader. */
  Messages messages(Context ctx) {
    return messages.get(language(ctx));
  }

  /** The page frame: title, the query to show in the search box, and language switch links. */
  Chrome chrome(Context ctx, String title, String query) {
    String current = language(ctx);
    List<Link> languages = new ArrayList<>();
    for (String l : Messages.LANGUAGES) {
      languages.add(new Link(l.toUpperCase(Locale.ROOT), switchUrl(ctx, l), l.equals(current)));
    }
    return new Chrome(messages.get(current), title, query, languages);
  }

  /** Renders a template with its model as the HTML response. */
  void render(Context ctx, String template, Object model) {
    StringOutput out = new StringOutput();
    engine.render(template, model, out);
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.html(out.toString());
  }

  /** Renders a template that takes several parameters, given by name. */
  void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(template, params, out);
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.html(out.toString());
  }

  private String language(Context ctx) {
    String cached = ctx.attribute(LANG);
    if (cached != null) {
      return cached;
    }
    String asked = ctx.queryParam(LANG);
    String lang;
    if (messages.containsKey(asked)) {
      lang = asked;
      Cookie cookie = new Cookie(LANG, lang);
      cookie.setMaxAge(COOKIE_SECONDS);
      cookie.setPath("/");
      ctx.cookie(cookie);
    } else if (messages.containsKey(ctx.cookie(LANG))) {
      lang = ctx.cookie(LANG);
    } else {
      lang = fromAcceptLanguage(ctx.header("Accept-Language"));
    }
    ctx.attribute(LANG, lang);
    return lang;
  }

  private String fromAcceptLanguage(String header) {
    if (header != null && !header.isBlank()) {
      try {
        String tag = Locale.lookupTag(Locale.LanguageRange.parse(header), Messages.LANGUAGES);
        if (tag != null) {
          return tag;
        }
      } catch (IllegalArgumentException e) {
        return Messages.LANGUAGES.get(0);
      }
    }
    return Messages.LANGUAGES.get(0);
  }

  /** This page's URL with the interface language set to {@code lang}. */
  private static String switchUrl(Context ctx, String lang) {
    Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
    params.remove(LANG);
    params.put(LANG, List.of(lang));
    return Urls.withQuery(ctx.path(), params);
  }
}
