package org.polka.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The interface texts in one language, read from {@code messages_<lang>.properties} (UTF-8).
 *
 * <p>Public because the compiled templates, which live in their own package, call it.
 */
public final class Messages {
  /** The interface languages, the default first. */
  public static final List<String> LANGUAGES = List.of("ru", "en");

  private final String language;
  private final Map<String, String> texts;

  private Messages(String language, Map<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  /** Loads the texts of one interface language ({@code ru} or {@code en}). */
  public static Messages load(String language) {
    String name = "/org/polka/web/messages_" + language + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no interface texts for language " + language);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
      return new Messages(language, Map.copyOf(texts));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The language code of these texts. */
  public String language() {
    return language;
  }

  /** The keys these texts define. */
  public Set<String> keys() {
    return texts.keySet();
  }

  /** The text for a key, formatted with the arguments ({@code %s}, {@code %d}); the key itself if missing. */
  public String t(String key, Object... args) {
    String text = texts.get(key);
    if (text == null) {
      return key;
    }
    return args.length == 0 ? text : text.formatted(args);
  }

  /** The name of a content language code (e.g. "ru" → "Русский"), or the code itself when unknown. */
  public String languageName(String code) {
    if (code == null || code.isBlank()) {
      return t("lang.unknown");
    }
    String text = texts.get("lang." + code);
    return text == null ? code : text;
  }
}
