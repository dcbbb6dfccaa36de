package org.polka.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One compiled CSL style in one locale. Compiling is the slow part, so an engine is made once and
 * reused; it formats one bibliography at a time.
 */
final class CslEngine {
  private final Items items = new Items();
  private final CSL csl;

  CslEngine(Style style, String locale) {
    try {
      csl = new CSL(items, xml(style.resource), locale);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compile citation style " + style.key, e);
    }
  }

  /** The bibliography entries of these items in the style's order, as "text" or "html". */
  synchronized List<String> entries(List<CSLItemData> data, String format) {
    csl.reset();
    items.set(data);
    csl.setOutputFormat(format);
    csl.registerCitationItems(data.stream().map(CSLItemData::getId).toList());
    return List.of(csl.makeBibliography().getEntries());
  }

  private static String xml(String resource) throws IOException {
    try (InputStream in = CslEngine.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing style " + resource + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The items of the bibliography being formatted. */
  private static final class Items implements ItemDataProvider {
    private final Map<String, CSLItemData> byId = new LinkedHashMap<>();

    void set(List<CSLItemData> data) {
      byId.clear();
      data.forEach(d -> byId.put(d.getId(), d));
    }

    @Override
    public CSLItemData retrieveItem(String id) {
      return byId.get(id);
    }

    @Override
    public java.util.Collection<String> getIds() {
      return byId.keySet();
    }
  }
}
