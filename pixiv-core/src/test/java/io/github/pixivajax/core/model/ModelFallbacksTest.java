package io.github.pixivajax.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.model.novel.NovelDetail;
import io.github.pixivajax.core.model.novel.NovelSeries;
import io.github.pixivajax.core.model.search.SearchResult;
import org.junit.jupiter.api.Test;

/** Given values survive the records' null fallbacks; the helpers pick what pixiv sent. */
class ModelFallbacksTest {
  private static <T> T read(String json, Class<T> type) throws Exception {
    return PixivJson.mapper().readValue(json, type);
  }

  @Test
  void novelSeriesKeepsItsTitleAndUserAndPicksTheLargestCover() throws Exception {
    NovelSeries s = read("{\"id\":\"9\",\"title\":\"Tale\",\"userId\":\"77\","
        + "\"cover\":{\"urls\":{\"240mw\":\"s.jpg\",\"480mw\":\"m.jpg\",\"original\":\"o.jpg\"}}}", NovelSeries.class);
    assertThat(s.title()).isEqualTo("Tale");
    assertThat(s.userId()).isEqualTo("77");
    assertThat(s.coverUrl()).isEqualTo("o.jpg");
    assertThat(read("{\"cover\":{\"urls\":{\"240mw\":\"s.jpg\",\"480mw\":\"m.jpg\"}}}", NovelSeries.class).coverUrl())
        .isEqualTo("m.jpg");
    assertThat(read("{\"cover\":{\"urls\":{\"240mw\":\"s.jpg\"}}}", NovelSeries.class).coverUrl()).isEqualTo("s.jpg");
    assertThat(read("{\"cover\":{\"urls\":{}}}", NovelSeries.class).coverUrl()).isNull();
    NovelSeries empty = read("{}", NovelSeries.class);
    assertThat(empty.coverUrl()).isNull();
    assertThat(empty.title()).isEmpty();
    assertThat(empty.userId()).isEmpty();
  }

  @Test
  void novelDetailKeepsItsUser() throws Exception {
    assertThat(read("{\"id\":\"5\",\"userId\":\"88\"}", NovelDetail.class).userId()).isEqualTo("88");
    assertThat(read("{}", NovelDetail.class).userId()).isEmpty();
  }

  @Test
  void searchResultTranslatesTagsPixivTranslated() throws Exception {
    SearchResult r = read("{\"tagTranslation\":{\"猫\":{\"en\":\"cat\",\"romaji\":\"neko\"}}}", SearchResult.class);
    assertThat(r.translate("猫", "en")).contains("cat");
    assertThat(r.translate("猫", "zh")).isEmpty();
    assertThat(r.translate("犬", "en")).isEmpty();
  }
}
