package org.polka.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polka.article.Article;
import org.polka.article.Origin;
import org.polka.catalog.Catalog.Incoming;

/** Signatures kept beside the records: dropped when a record changes or the analysis does. */
class SignaturesTest extends CatalogFixture {
  private StoredArticle put(String title) {
    Article a = Article.builder().title(title).language("en")
        .origin(new Origin("test", "1", null)).build();
    return catalog.put(List.of(new Incoming(a, null, null))).get(0).stored();
  }

  private String kept(long id) {
    List<StoredArticle> rows = new ArrayList<>();
    catalog.scan(10, rows::addAll);
    return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow().signature();
  }

  @Test
  void aKeptSignatureComesBackWithItsRecord() {
    StoredArticle a = put("Graphene");
    assertThat(a.signature()).isNull();
    assertThat(catalog.signatures().keep(List.of(new Signatures.Made(a.id(), a.updated(), "sig"))))
        .isEqualTo(1);
    assertThat(kept(a.id())).isEqualTo("sig");
  }

  @Test
  void aChangedRecordLosesItsSignatureAndAStaleOneIsNotKept() {
    StoredArticle old = put("Graphene");
    catalog.signatures().keep(List.of(new Signatures.Made(old.id(), old.updated(), "old")));
    StoredArticle changed = put("Graphene oxide");
    assertThat(changed.id()).isEqualTo(old.id());
    assertThat(kept(old.id())).isNull();
    // made from the record before the change, saved after it: dropped
    assertThat(catalog.signatures().keep(List.of(new Signatures.Made(old.id(), old.updated(), "old"))))
        .isZero();
    assertThat(kept(old.id())).isNull();
  }

  @Test
  void anotherVersionDropsEverySignature() {
    assertThat(catalog.signatures().useVersion("v1")).isFalse();
    StoredArticle a = put("Graphene");
    catalog.signatures().keep(List.of(new Signatures.Made(a.id(), a.updated(), "sig")));
    assertThat(catalog.signatures().useVersion("v1")).isFalse();
    assertThat(kept(a.id())).isEqualTo("sig");
    assertThat(catalog.signatures().useVersion("v2")).isTrue();
    assertThat(kept(a.id())).isNull();
  }
}
