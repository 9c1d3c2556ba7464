package io.github.pixivajax.core.novel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.model.novel.NovelDetail;
import io.github.pixivajax.core.model.novel.NovelSeries;
import org.junit.jupiter.api.Test;

/** The novel records' own logic: null strings read as empty, the cover URL chosen by size. */
class NovelRecordsTest {
  static NovelSeries series(String json) throws Exception {
    return PixivJson.mapper().readValue(json, NovelSeries.class);
  }

  @Test
  void seriesKeepsItsIdsAndReadsMissingOnesAsEmpty() throws Exception {
    NovelSeries s = series("{\"id\":\"8263151\",\"title\":\"月下\",\"userId\":\"4242\"}");
    assertThat(s.id()).isEqualTo("8263151");
    assertThat(s.title()).isEqualTo("月下");
    assertThat(s.userId()).isEqualTo("4242");
    NovelSeries empty = series("{\"id\":null,\"title\":null,\"userId\":null}");
    assertThat(empty.id()).isEmpty();
    assertThat(empty.title()).isEmpty();
    assertThat(empty.userId()).isEmpty();
  }

  @Test
  void coverUrlPrefersTheOriginalThen480mwThenAnySize() throws Exception {
    assertThat(series("{\"id\":\"1\"}").coverUrl()).isNull();
    assertThat(series("{\"cover\":{\"urls\":{\"240mw\":\"s\",\"480mw\":\"m\",\"original\":\"o\"}}}").coverUrl()).isEqualTo("o");
    assertThat(series("{\"cover\":{\"urls\":{\"240mw\":\"s\",\"480mw\":\"m\"}}}").coverUrl()).isEqualTo("m");
    assertThat(series("{\"cover\":{\"urls\":{\"240mw\":\"s\"}}}").coverUrl()).isEqualTo("s");
    assertThat(series("{\"cover\":{\"urls\":{}}}").coverUrl()).isNull();
  }

  @Test
  void novelKeepsItsIdsAndReadsMissingOnesAsEmpty() throws Exception {
    NovelDetail n = PixivJson.mapper().readValue("{\"id\":\"20\",\"title\":\"T\",\"content\":\"[newpage]\",\"userId\":\"30\"}", NovelDetail.class);
    assertThat(n.id()).isEqualTo("20");
    assertThat(n.title()).isEqualTo("T");
    assertThat(n.content()).isEqualTo("[newpage]");
    assertThat(n.userId()).isEqualTo("30");
    assertThat(PixivJson.mapper().readValue("{\"tags\":{\"tags\":[{\"tag\":\"百合\"},{\"tag\":\"SF\"}]}}", NovelDetail.class).tagNames())
        .containsExactly("百合", "SF");
    assertThat(n.tagNames()).isEmpty();
    NovelDetail empty = PixivJson.mapper().readValue("{}", NovelDetail.class);
    assertThat(empty.id()).isEmpty();
    assertThat(empty.userId()).isEmpty();
    assertThat(empty.content()).isEmpty();
  }
}
