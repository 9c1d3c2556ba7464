package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.model.extra.TouchRanking;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TouchRankingApiTest extends MockPixivTest {
  private static final String PIXIV = "https://www.pixiv.net/";

  private TouchRanking fetch(String fixture, RankingMode mode, TouchRankingType type, int page, LocalDate date) {
    enqueueJson(Fixtures.resource("pixiv/extra/" + fixture));
    return client.ranking().touchRanking(mode, type, page, date).blockingGet();
  }

  @Test
  void touchRankingSendsEveryParameterAndDecodesIdsAndRanks() throws Exception {
    TouchRanking r = fetch("touch-ranking.json", RankingMode.DAILY, TouchRankingType.ILLUST, 2, LocalDate.of(2023, 8, 19));

    assertRequest(takeRequest(), "GET", "/touch/ajax/ranking/illust",
        Map.of("mode", "daily", "type", "illust", "page", "2", "date", "20230819"), PIXIV);
    assertThat(r.illustIds()).containsExactly("111203344", "111198765", "111190002");
    assertThat(r.ranking()).extracting(TouchRanking.Item::rank).containsExactly(51, 52, 53);
    assertThat(r.rankingDate()).isEqualTo(LocalDate.of(2023, 8, 19));
    assertThat(r.next()).isEqualTo(3);
  }

  @Test
  void touchRankingOmitsUnsetFiltersAndReadsNextFalseAsNull() throws Exception {
    TouchRanking r = fetch("touch-ranking-last.json", RankingMode.WEEKLY, null, 10, null);

    assertRequest(takeRequest(), "GET", "/touch/ajax/ranking/illust", Map.of("mode", "weekly", "page", "10"), PIXIV);
    assertThat(r.next()).isNull();
    assertThat(r.ranking()).containsExactly(new TouchRanking.Item("111002233", 500));
  }

  @Test
  void pageBelowOneFailsBeforeAnyRequest() {
    assertThatThrownBy(() -> client.ranking().touchRanking(RankingMode.DAILY, TouchRankingType.ALL, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("page must be >= 1");
    assertThat(server.getRequestCount()).isZero();
  }
}
