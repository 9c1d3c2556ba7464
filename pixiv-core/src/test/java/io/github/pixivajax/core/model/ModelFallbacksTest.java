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
    assertThat(s.id()).isEqualTo("9");
    assertThat(s.title()).isEqualTo("Tale");
    assertThat(s.userId()).isEqualTo("77");
    assertThat(s.coverUrl()).isEqualTo("o.jpg");
    assertThat(read("{\"cover\":{\"urls\":{\"240mw\":\"s.jpg\",\"480mw\":\"m.jpg\"}}}", NovelSeries.class).coverUrl())
        .isEqualTo("m.jpg");
    assertThat(read("{\"cover\":{\"urls\":{\"240mw\":\"s.jpg\"}}}", NovelSeries.class).coverUrl()).isEqualTo("s.jpg");
    assertThat(read("{\"cover\":{\"urls\":{}}}", NovelSeries.class).coverUrl()).isNull();
    NovelSeries empty = read("{}", NovelSeries.class);
    assertThat(empty.coverUrl()).isNull();
    assertThat(empty.id()).isEmpty();
    assertThat(empty.title()).isEmpty();
    assertThat(empty.userId()).isEmpty();
  }

  @Test
  void novelDetailKeepsItsTextAndTags() throws Exception {
    NovelDetail d = read("{\"id\":\"5\",\"title\":\"T\",\"content\":\"once\",\"userId\":\"88\","
        + "\"tags\":{\"tags\":[{\"tag\":\"猫\"},{\"tag\":\"犬\"}]}}", NovelDetail.class);
    assertThat(d.id()).isEqualTo("5");
    assertThat(d.title()).isEqualTo("T");
    assertThat(d.content()).isEqualTo("once");
    assertThat(d.userId()).isEqualTo("88");
    assertThat(d.tagNames()).containsExactly("猫", "犬");
    NovelDetail empty = read("{}", NovelDetail.class);
    assertThat(empty.id()).isEmpty();
    assertThat(empty.title()).isEmpty();
    assertThat(empty.content()).isEmpty();
    assertThat(empty.userId()).isEmpty();
    assertThat(empty.tagNames()).isEmpty();
  }

  @Test
  void searchResultWorksComeFromTheFirstListPresent() throws Exception {
    String page = "{\"data\":[{\"id\":\"%s\"}],\"total\":1}";
    SearchResult r = read("{\"illustManga\":" + page.formatted("1") + ",\"illust\":" + page.formatted("2")
        + ",\"manga\":" + page.formatted("3") + ",\"popular\":{\"recent\":[{\"id\":\"4\"}],\"permanent\":[]},"
        + "\"extraData\":{\"meta\":{\"title\":\"x\"}}}", SearchResult.class);
    assertThat(r.works().data().get(0).id()).isEqualTo("1");
    assertThat(r.popular().recent()).hasSize(1);
    assertThat(r.extraData().meta()).isNotNull();
    assertThat(read("{\"illust\":" + page.formatted("2") + ",\"manga\":" + page.formatted("3") + "}", SearchResult.class)
        .works().data().get(0).id()).isEqualTo("2");
    assertThat(read("{\"manga\":" + page.formatted("3") + "}", SearchResult.class).works().data().get(0).id()).isEqualTo("3");
    SearchResult empty = read("{}", SearchResult.class);
    assertThat(empty.works().data()).isEmpty();
    assertThat(empty.popular().recent()).isEmpty();
    assertThat(empty.extraData().meta()).isNull();
  }

  @Test
  void searchResultTranslatesTagsPixivTranslated() throws Exception {
    SearchResult r = read("{\"tagTranslation\":{\"猫\":{\"en\":\"cat\",\"romaji\":\"neko\"}}}", SearchResult.class);
    assertThat(r.translate("猫", "en")).contains("cat");
    assertThat(r.translate("猫", "zh")).isEmpty();
    assertThat(r.translate("犬", "en")).isEmpty();
  }
}
