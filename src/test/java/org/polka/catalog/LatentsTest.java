package org.polka.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polka.article.Article;
import org.polka.article.Origin;
import org.polka.catalog.Catalog.Incoming;

/** The latent model and vectors kept in the catalog: versioned, and dropped when stale. */
class LatentsTest extends CatalogFixture {
  private StoredArticle put(String id, String title) {
    Article a = Article.builder().title(title).language("en")
        .origin(new Origin("test", id, null)).build();
    StoredArticle s = catalog.put(List.of(new Incoming(a, null, null))).get(0).stored();
    catalog.signatures().keep(List.of(new Signatures.Made(s.id(), s.updated(), "sig " + title)));
    return s;
  }

  @Test
  void aModelIsStoredWithANewVersionEachTime() {
    Latents latents = catalog.latents();
    assertThat(latents.model()).isEmpty();
    long first = latents.replaceModel("s1", 5, new byte[] {1, 2});
    long second = latents.replaceModel("s1", 5, new byte[] {3});
    assertThat(second).isGreaterThan(first);
    assertThat(latents.model()).contains(new Latents.Model(second, "s1", 5));
    assertThat(latents.modelBytes(second)).hasValueSatisfying(b -> assertThat(b).containsExactly(3));
    assertThat(latents.modelBytes(first)).isEmpty();
  }

  @Test
  void vectorsComeBackOnlyForTheCurrentModel() {
    StoredArticle a = put("1", "Graphene");
    StoredArticle b = put("2", "Polymers");
    Latents latents = catalog.latents();
    long v1 = latents.replaceModel("s1", 5, new byte[0]);
    assertThat(latents.todo(0, 10)).extracting(Latents.Signed::articleId)
        .containsExactly(a.id(), b.id());
    latents.keep(v1, Map.of(a.id(), new float[] {0.6f, 0.8f}, b.id(), new float[0]));
    assertThat(latents.todo(0, 10)).isEmpty();
    assertThat(latents.vectors(List.of(a.id(), b.id()))).containsOnlyKeys(a.id());
    assertThat(latents.vectors(List.of(a.id())).get(a.id())).containsExactly(0.6f, 0.8f);
    long v2 = latents.replaceModel("s1", 5, new byte[0]);
    assertThat(latents.vectors(List.of(a.id()))).isEmpty();
    latents.keep(v1, Map.of(a.id(), new float[] {1f}));
    assertThat(latents.vectors(List.of(a.id()))).isEmpty();
    latents.keep(v2, Map.of(a.id(), new float[] {1f}));
    assertThat(latents.vectors(List.of(a.id()))).containsOnlyKeys(a.id());
  }

  @Test
  void aNewSignatureMakesTheVectorToBeMadeAgain() {
    StoredArticle a = put("1", "Graphene");
    long v = catalog.latents().replaceModel("s1", 5, new byte[0]);
    catalog.latents().keep(v, Map.of(a.id(), new float[] {1f}));
    StoredArticle changed = put("1", "Graphene oxide");
    assertThat(changed.id()).isEqualTo(a.id());
    assertThat(catalog.latents().vectors(List.of(a.id()))).isEmpty();
    assertThat(catalog.latents().todo(0, 10)).extracting(Latents.Signed::signature)
        .containsExactly("sig Graphene oxide");
  }

  @Test
  void theSampleIsBoundedAndSpreadOverTheLibrary() {
    for (int i = 0; i < 10; i++) {
      put(String.valueOf(i), "Title " + i);
    }
    assertThat(catalog.latents().signedCount()).isEqualTo(10);
    List<Latents.Signed> sample = catalog.latents().sample(4);
    assertThat(sample).hasSize(4);
    assertThat(sample).extracting(Latents.Signed::signature)
        .containsExactly("sig Title 0", "sig Title 2", "sig Title 5", "sig Title 7");
  }
}
