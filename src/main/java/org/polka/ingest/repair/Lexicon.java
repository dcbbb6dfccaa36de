package org.polka.ingest.repair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;

/**
 * The words of Russian and English in every inflected form, from LanguageTool's morphological
 * dictionaries (Russian from aot.ru, English from LanguageTool's POS dictionary).
 *
 * <p>Text repairs ask it whether a string is a word: "слово" and "particular" are, "сло" and
 * "dinskaia" are not. It is thread-safe; load it once and share it.
 */
public final class Lexicon {
  private static final String RUSSIAN = "/org/languagetool/resource/ru/russian.dict";
  private static final String ENGLISH = "/org/languagetool/resource/en/english.dict";

  private final List<Dictionary> dictionaries;
  private final ThreadLocal<List<DictionaryLookup>> lookups;

  private Lexicon(List<Dictionary> dictionaries) {
    this.dictionaries = dictionaries;
    this.lookups = ThreadLocal.withInitial(
        () -> this.dictionaries.stream().map(DictionaryLookup::new).toList());
  }

  /** Loads the Russian and English dictionaries from the class path (about 3 MB, tens of ms). */
  public static Lexicon load() {
    return new Lexicon(List.of(read(RUSSIAN), read(ENGLISH)));
  }

  /** A lexicon that knows no words, for repairs that must rely on the document alone. */
  public static Lexicon empty() {
    return new Lexicon(List.of());
  }

  /** Whether the word, as written or in lower case, is a Russian or English word form. */
  public boolean contains(String word) {
    if (word.isEmpty() || word.length() > 60) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    for (DictionaryLookup lookup : lookups.get()) {
      if (!lookup.lookup(word).isEmpty() || !lookup.lookup(lower).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Dictionary read(String resource) {
    URL url = Lexicon.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("missing dictionary on the class path: " + resource);
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + resource, e);
    }
  }
}
