package org.polka.select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polka.article.Reference;
import org.polka.catalog.Catalog;
import org.polka.catalog.StoredArticle;

/**
 * Which listed items cite which: an item cites another when one of its references carries the
 * other's DOI or its title (compared letters and digits only, case-insensitively).
 */
final class CitedBy {
  /** Shortest normalised title matched inside a reference, so short titles do not match by chance. */
  static final int MIN_TITLE = 20;

  private final Catalog catalog;

  CitedBy(Catalog catalog) {
    this.catalog = catalog;
  }

  /** For each listed item that other listed items cite, the ids of those citing it. */
  Map<Long, List<Long>> citedBy(List<Profile> items) {
    Map<Long, List<Long>> out = new HashMap<>();
    for (Profile citing : items) {
      List<Reference> refs = catalog.get(citing.id()).map(StoredArticle::article)
          .map(a -> a.references()).orElse(List.of());
      if (refs.isEmpty()) {
        continue;
      }
      for (Profile cited : items) {
        if (cited.id() != citing.id() && cites(refs, cited)) {
          out.computeIfAbsent(cited.id(), k -> new ArrayList<>()).add(citing.id());
        }
      }
    }
    return out;
  }

  static boolean cites(List<Reference> refs, Profile cited) {
    String title = Explanations.normalTitle(cited.title());
    for (Reference r : refs) {
      if (cited.doi() != null && r.doi() != null && r.doi().equalsIgnoreCase(cited.doi())) {
        return true;
      }
      if (title.length() >= MIN_TITLE) {
        String text = Explanations.normalTitle(r.title() != null ? r.title() : r.raw());
        if (text.contains(title)) {
          return true;
        }
      }
    }
    return false;
  }
}
