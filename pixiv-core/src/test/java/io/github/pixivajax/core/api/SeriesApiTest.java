package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.IllustSeries;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.core.model.extra.SeriesPage;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesApiTest extends MockPixivTest {
  private SeriesApi api() {
    return client.create(SeriesApi.class);
  }

  @Test
  void seriesDecodesPageAndStore() throws Exception {
    enqueueJson(Fixtures.resource("pixiv/extra/series.json"));
    Feed<SeriesPage> feed = api().series(204518, 1).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/series/204518", Map.of("p", "1"), "https://www.pixiv.net/");
    SeriesPage page = feed.page();
    assertThat(page).isNotNull();
    assertThat(page.workIds()).containsExactly("109990001", "108912345");
    assertThat(page.series()).extracting(SeriesPage.Work::order).containsExactly(3, 2);
    assertThat(page.seriesId()).isEqualTo("204518");
    assertThat(page.otherSeriesId()).isEqualTo("0");
    assertThat(page.recentUpdatedWorkIds()).containsExactly("109990001", "108912345", "108112233");
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.setCover()).isTrue();
    assertThat(page.watched()).isTrue();
    assertThat(page.notifying()).isFalse();

    assertThat(feed.artworks(page.workIds())).extracting(ArtworkThumbnail::title).containsExactly("しろくま日和 3", "しろくま日和 2");
    assertThat(feed.artwork("109990001").orElseThrow().urls()).containsKeys("250x250", "1200x1200");
    IllustSeries series = feed.series("204518").orElseThrow();
    assertThat(series.title()).isEqualTo("しろくま日和");
    assertThat(series.total()).isEqualTo(3);
    assertThat(series.firstIllustId()).isEqualTo("108112233");
    assertThat(series.updateDate()).isEqualTo(OffsetDateTime.parse("2023-07-25T20:00:01+09:00"));
    assertThat(series.watchCount()).isZero();
    UserSummary author = feed.user("5130247").orElseThrow();
    assertThat(author.name()).isEqualTo("しろくま工房");
    assertThat(author.followed()).isTrue();
    assertThat(feed.translate("漫画", "en")).contains("manga");
    assertThat(feed.other()).containsKeys("extraData", "zoneConfig");
  }

  @Test
  void outOfRangeArgumentsFailBeforeAnyRequest() {
    assertThatThrownBy(() -> api().series(0, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id must be");
    assertThatThrownBy(() -> api().series(204518, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("p must be");
    assertThat(server.getRequestCount()).isZero();
  }
}
