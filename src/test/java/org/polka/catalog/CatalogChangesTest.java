package org.polka.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Article;
import org.polka.article.Journal;
import org.polka.article.Origin;
import org.polka.catalog.Catalog.Change;
import org.polka.catalog.Catalog.Incoming;
import org.polka.catalog.CatalogChanges.Entry;
import org.polka.catalog.CatalogChanges.Selection;

/** Deletion as tombstones, the change list OAI-PMH pages through, and harvest state. */
class CatalogChangesTest extends CatalogFixture {
  private long put(String title, String journal) {
    return catalog.put(List.of(new Incoming(Article.builder().title(title)
        .journal(journal == null ? null : Journal.titled(journal))
        .origin(new Origin("test", title, null)).build(), null, null))).get(0).id();
  }

  @Test
  void deletedArticlesLeaveEveryLookupButStayAsTombstones() {
    long kept = put("kept", "A");
    long gone = put("gone", "B");
    assertThat(catalog.delete(gone)).isTrue();
    assertThat(catalog.delete(gone)).as("second delete").isFalse();
    assertThat(catalog.get(gone)).isEmpty();
    assertThat(catalog.findBySource("test", "gone")).isEmpty();
    assertThat(catalog.count()).isEqualTo(1);
    assertThat(catalog.countBy("journal")).containsOnlyKeys("A");
    List<Long> scanned = new ArrayList<>();
    catalog.scan(10, batch -> batch.forEach(s -> scanned.add(s.id())));
    assertThat(scanned).containsExactly(kept);
    Entry tombstone = catalog.changes().entry(gone).orElseThrow();
    assertThat(tombstone.deleted()).isTrue();
    assertThat(tombstone.stored().article().title()).isEqualTo("gone");
    assertThat(tombstone.datestamp()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  }

  @Test
  void storingADeletedRecordAgainBringsItBack() {
    long id = put("again", null);
    catalog.delete(id);
    Article same = catalog.changes().entry(id).orElseThrow().stored().article();
    assertThat(catalog.put(List.of(new Incoming(same, null, null))).get(0).change()).isEqualTo(Change.UPDATED);
    assertThat(catalog.get(id)).isPresent();
    assertThat(catalog.changes().entry(id).orElseThrow().deleted()).isFalse();
  }

  @Test
  void changesArePagedByDatestampAndIdWithinASelection() {
    for (int i = 0; i < 7; i++) {
      put("a" + i, i % 2 == 0 ? "Even" : "Odd");
    }
    Selection even = new Selection(null, null, "journal", List.of("Even"));
    assertThat(catalog.changes().count(even)).isEqualTo(4);
    List<Entry> first = catalog.changes().list(even, null, 0, 3);
    Entry last = first.get(2);
    List<Entry> rest = catalog.changes().list(even, last.datestamp(), last.stored().id(), 3);
    assertThat(first.size() + rest.size()).isEqualTo(4);
    assertThat(rest.get(0).stored().id()).isGreaterThan(last.stored().id());
    String stamp = first.get(0).datestamp();
    assertThat(catalog.changes().count(new Selection(stamp, stamp, null, List.of()))).isEqualTo(7);
    assertThat(catalog.changes().count(new Selection("2999-01-01T00:00:00Z", null, null, List.of()))).isZero();
    assertThat(catalog.changes().distinct("journal")).containsExactly("Even", "Odd");
    assertThat(catalog.changes().earliestDatestamp()).contains(stamp);
  }

  @Test
  void harvestStateIsSavedPerSource() {
    HarvestSources sources = catalog.harvestSources();
    assertThat(sources.get("s")).isEmpty();
    sources.save(new HarvestSources.State("s", null, "token-1", "2020-01-02T00:00:00Z"));
    sources.save(new HarvestSources.State("s", "2020-01-02T00:00:00Z", null, null));
    assertThat(sources.get("s")).contains(new HarvestSources.State("s", "2020-01-02T00:00:00Z", null, null));
  }
}
