package io.github.pixivajax.core.model.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.internal.PixivJson;
import org.junit.jupiter.api.Test;

/** Tumeng's shared works are typed although the captures never show one: id, title, the rest kept. */
class TumengWorkTest {
  @Test
  void workKeepsIdTitleAndEveryOtherField() throws Exception {
    TumengPage page = PixivJson.mapper().readValue(
        "{\"user\":null,\"works\":[{\"id\":12345678901,\"title\":\"t\",\"url\":\"https://x/1\",\"pages\":3}],\"totalItemCount\":7}",
        TumengPage.class);
    assertThat(page.totalItemCount()).isEqualTo(7);
    TumengPage.Work work = page.works().get(0);
    assertThat(work.id()).isEqualTo("12345678901");
    assertThat(work.title()).isEqualTo("t");
    assertThat(work.other()).containsEntry("url", "https://x/1").containsEntry("pages", 3).doesNotContainKeys("id", "title");
  }

  @Test
  void workWithoutIdHasAnEmptyOne() throws Exception {
    TumengPage page = PixivJson.mapper().readValue("{\"works\":[{\"title\":null}],\"totalItemCount\":1}", TumengPage.class);
    assertThat(page.works().get(0).id()).isEmpty();
    assertThat(page.works().get(0).other()).isEmpty();
  }
}
