package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.github.pixivajax.core.model.ranking.RankingPage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingApiTest extends MockPixivTest {
  private static final String PIXIV = "https://www.pixiv.net/";

  @Test
  void rankingDecodesSeedCapture() throws Exception {
    enqueueSeed("ranking_format_json_mode_weekly_content_illust_p_1.json");
    RankingPage r = client.ranking().ranking(RankingMode.WEEKLY, RankingContent.ILLUST, null, 1).blockingGet();

    assertRequest(takeRequest(), "GET", "/ranking.php",
        Map.of("format", "json", "mode", "weekly", "content", "illust", "p", "1"), PIXIV);
    assertThat(r.mode()).isEqualTo("weekly");
    assertThat(r.content()).isEqualTo("illust");
    assertThat(r.page()).isEqualTo(1);
    assertThat(r.prev()).isNull();
    assertThat(r.next()).isEqualTo(2);
    assertThat(r.date()).isEqualTo(LocalDate.of(2022, 8, 23));
    assertThat(r.prevDate()).isEqualTo(LocalDate.of(2022, 8, 22));
    assertThat(r.nextDate()).isNull();
    assertThat(r.rankTotal()).isEqualTo(500);
    assertThat(r.contents()).hasSize(50);
    assertThat(r.contents().get(49).rank()).isEqualTo(50);
    assertThat(r.contents().get(1).illustId()).isEqualTo("100564869");
    assertThat(r.contents().get(1).title()).isEqualTo("シャンデリア");

    RankingItem first = r.contents().get(0);
    assertThat(first.illustId()).isEqualTo("100564879");
    assertThat(first.title()).isEqualTo("FILM RED");
    assertThat(first.date()).isEqualTo("2022年08月18日 00:00");
    assertThat(first.tags()).hasSize(5).startsWith("ワンピース", "シャンクス");
    assertThat(first.url()).endsWith("100564879_p0_master1200.jpg");
    assertThat(first.illustType()).isEqualTo(IllustType.ILLUST);
    assertThat(first.illustPageCount()).isEqualTo(1);
    assertThat(first.userId()).isEqualTo("83739");
    assertThat(first.userName()).isEqualTo("lack");
    assertThat(first.width()).isEqualTo(2937);
    assertThat(first.height()).isEqualTo(2541);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.yesRank()).isEqualTo(5);
    assertThat(first.ratingCount()).isEqualTo(13557);
    assertThat(first.viewCount()).isEqualTo(107138);
    assertThat(first.illustUploadTimestamp()).isEqualTo(OffsetDateTime.parse("2022-08-18T00:00:18+09:00"));
    assertThat(first.illustSeries()).isNull();
    assertThat(first.illustContentType().sexual()).isZero();
    assertThat(first.attr()).isEmpty();
    RankingItem eleventh = r.contents().get(10);
    assertThat(eleventh.attr()).isEqualTo("original");
    assertThat(eleventh.illustContentType().sexual()).isEqualTo(1);
    assertThat(eleventh.illustContentType().original()).isTrue();
  }

  @Test
  void dateIsWrittenAsYyyyMMddAndSeriesAndFalseDecode() throws Exception {
    enqueueJson("{\"contents\":[{\"illust_id\":86411271,\"title\":\"t\",\"illust_type\":\"1\",\"is_bookmarked\":true,"
        + "\"bookmarkable\":true,\"illust_series\":{\"illust_series_id\":\"85765\",\"illust_series_user_id\":\"4890179\","
        + "\"illust_series_title\":\"s\",\"illust_series_content_count\":\"27\","
        + "\"illust_series_create_datetime\":\"2020-06-21 00:51:37\",\"illust_series_content_illust_id\":\"86411271\","
        + "\"illust_series_content_order\":\"27\",\"page_url\":\"/user/4890179/series/85765\"}}],"
        + "\"mode\":\"daily_r18\",\"content\":\"all\",\"page\":2,\"prev\":1,\"next\":false,\"date\":\"20240101\","
        + "\"prev_date\":false,\"next_date\":\"20240102\",\"rank_total\":60,\"date_range_text\":\"x\"}");
    RankingPage r = client.ranking().ranking(RankingMode.DAILY_R18, null, LocalDate.of(2024, 1, 1), 2).blockingGet();

    assertRequest(takeRequest(), "GET", "/ranking.php",
        Map.of("format", "json", "mode", "daily_r18", "date", "20240101", "p", "2"), PIXIV);
    assertThat(r.prev()).isEqualTo(1);
    assertThat(r.next()).isNull();
    assertThat(r.prevDate()).isNull();
    assertThat(r.nextDate()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(r.other()).containsEntry("date_range_text", "x");
    RankingItem item = r.contents().get(0);
    assertThat(item.illustId()).isEqualTo("86411271");
    assertThat(item.illustType()).isEqualTo(IllustType.MANGA);
    assertThat(item.bookmarked()).isTrue();
    assertThat(item.bookmarkable()).isTrue();
    assertThat(item.illustSeries()).isEqualTo(new RankingItem.Series(
        "85765", "4890179", "s", null, 27, "2020-06-21 00:51:37", "86411271", 27, "/user/4890179/series/85765"));
  }

  @Test
  void pageBelowOneIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.ranking().ranking(RankingMode.DAILY, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be >= 1 but was 0");
    assertThat(server.getRequestCount()).isZero();
  }
}
