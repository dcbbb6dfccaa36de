package org.polka.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.polka.article.ArticleJson;
import org.polka.catalog.Catalog;
import org.polka.catalog.StoredArticle;
import org.polka.cite.Citations;

/**
 * Bulk export of the catalog as JSONL (one record a line, schema shape), JATS XML (an
 * {@code <articles>} element holding one JATS {@code <article>} front matter per record) or CSL-JSON
 * (one array).
 *
 * <p>Export runs in id order and is resumable with a cursor: an opaque, stateless string encoding
 * the last exported id, so a cursor stays valid across restarts and new articles simply come later.
 */
public final class Exporter {
  /** The export formats. */
  public enum Format {
    JSONL("application/x-ndjson"), JATS("application/xml"), CSL_JSON("application/vnd.citationstyles.csl+json");

    public final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    /** "jsonl", "jats" or "csl-json"; an error naming the formats otherwise. */
    public static Format of(String name) {
      for (Format f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown export format '" + name + "'; known: jsonl, jats, csl-json");
    }
  }

  /** One page of the export and the cursor of the next page (null after the last article). */
  public record Page(List<StoredArticle> items, String next) {}

  private final Catalog catalog;
  private final Citations citations;

  public Exporter(Catalog catalog, Citations citations) {
    this.catalog = catalog;
    this.citations = citations;
  }

  /** Up to {@code limit} articles after the cursor (null or empty: from the start). */
  public Page page(String cursor, int limit) {
    List<StoredArticle> items = catalog.after(decode(cursor), limit);
    String next = items.size() < limit ? null : encode(items.get(items.size() - 1).id());
    return new Page(items, next);
  }

  /** Writes the whole catalog, from the cursor on, as one document; returns the number of records. */
  public long writeAll(Format format, String cursor, Writer out) throws IOException {
    begin(format, out);
    long n = 0;
    String at = cursor;
    do {
      Page page = page(at, 500);
      items(format, page.items(), n == 0, out);
      n += page.items().size();
      at = page.next();
    } while (at != null);
    end(format, out);
    return n;
  }

  /** Writes one page as a complete document. */
  public void write(Format format, List<StoredArticle> items, Writer out) throws IOException {
    begin(format, out);
    items(format, items, true, out);
    end(format, out);
  }

  private void begin(Format format, Writer out) throws IOException {
    switch (format) {
      case JATS -> out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<articles>\n");
      case CSL_JSON -> out.write("[");
      case JSONL -> { }
    }
  }

  private void items(Format format, List<StoredArticle> items, boolean first, Writer out) throws IOException {
    boolean comma = !first;
    for (StoredArticle s : items) {
      switch (format) {
        case JSONL -> out.write(ArticleJson.write(s.article()) + "\n");
        case JATS -> out.write(Jats.article(s));
        case CSL_JSON -> {
          out.write((comma ? ",\n" : "\n") + citations.cslItem(s.article(), "polka-" + s.id()));
          comma = true;
        }
      }
    }
  }

  private void end(Format format, Writer out) throws IOException {
    switch (format) {
      case JATS -> out.write("</articles>\n");
      case CSL_JSON -> out.write("\n]\n");
      case JSONL -> { }
    }
  }

  static String encode(long id) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("after:" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The last exported id of a cursor; 0 for none; an error saying the cursor is not one of ours. */
  static long decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      if (text.startsWith("after:")) {
        return Long.parseLong(text.substring(6));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad export cursor '" + cursor + "'", e);
    }
    throw new IllegalArgumentException("bad export cursor '" + cursor + "'");
  }
}
