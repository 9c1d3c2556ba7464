package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.dashboard.DashboardHome;
import io.github.pixivajax.core.model.dashboard.DashboardHome.Contest;
import io.github.pixivajax.core.model.dashboard.DashboardHome.DailyCounts;
import io.github.pixivajax.core.model.dashboard.DashboardSettings;
import io.github.pixivajax.core.model.dashboard.IllustRequestStrategy;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DashboardApiTest extends MockPixivTest {
  private <T> T serve(String path, Supplier<T> call) throws InterruptedException {
    enqueueSeed(path + ".json");
    T value = call.get();
    assertRequest(takeRequest(), "GET", "/" + path, Map.of(), "https://www.pixiv.net/");
    return value;
  }

  @Test
  void homeDecodesSeedCaptureAndResolvesAnniversaryWorks() throws Exception {
    Feed<DashboardHome> feed = serve("ajax/dashboard/home", () -> client.dashboard().home().blockingGet());
    DashboardHome home = feed.page();

    assertThat(home.recentUploadWorks()).isEmpty();
    assertThat(home.hotWorks().today()).isNull();
    assertThat(home.yearBestWork().work()).isNull();
    assertThat(home.achievement()).isNull();
    assertThat(home.mangadayInfo()).isEmpty();
    DailyCounts today = home.userCountSummary().today();
    assertThat(today.viewCount()).isZero();
    assertThat(today.bookmarkCount()).isZero();
    assertThat(today.reportedAt()).isEqualTo(LocalDateTime.parse("2022-09-09T02:00:00"));
    assertThat(home.userCountSummary().yesterday().reportedAt()).isEqualTo(LocalDateTime.parse("2022-09-08T02:00:00"));

    assertThat(home.contests()).hasSize(15).extracting(Contest::id).startsWith("572", "567", "573").endsWith("553");
    Contest first = home.contests().get(0);
    assertThat(first.title()).isEqualTo("月刊創作マンガチャレンジ〜かぐや姫〜");
    assertThat(first.url()).isEqualTo("https://www.pixiv.net/contest/GSMC_Sep2022");
    assertThat(first.icon()).isEqualTo("https://i.pximg.net/imgaz/2022/08/26/18/59/20/contest_icon_572.jpg");
    assertThat(first.coverImage()).endsWith("contest_touch_header_572.jpg");
    assertThat(first.deadlineDate()).isEqualTo(OffsetDateTime.parse("2022-09-30T23:59:59+09:00"));
    assertThat(first.workCount()).isEqualTo(2017);

    DashboardHome.TodayAnniversary anniversary = home.todayAnniversary();
    assertThat(anniversary.tag()).isEqualTo("ピクシブたん");
    assertThat(anniversary.muted()).isFalse();
    assertThat(anniversary.illustIds()).containsExactly("38989026", "59416210", "28882005", "4204822", "63823543");
    assertThat(feed.artworks(anniversary.illustIds())).extracting(ArtworkThumbnail::title)
        .containsExactly("AO", "Milky Way", "ピクシブたん", "【ドット絵】 マップチップ 【講座】", "5万フォロワー記念♥");
    assertThat(feed.artwork("38989026").orElseThrow().userName()).isEqualTo("しやまぷれ");
    assertThat(feed.translate("ピクシブたん", "romaji")).contains("pikushibutann");
    assertThat(feed.other()).containsKey("zoneConfig");
  }

  @Test
  void homeDecodesNonZeroDailyCounts() throws Exception {
    // The capture's counts are all 0, which a misspelled name also yields.
    enqueueJson("{\"error\":false,\"message\":\"\",\"body\":{\"data\":{\"userCountSummary\":{"
        + "\"today\":{\"viewCount\":11,\"ratingCount\":12,\"bookmarkCount\":13,\"commentCount\":14,\"reportedAt\":\"2024-01-02 03:04:05\"},"
        + "\"yesterday\":{\"viewCount\":\"21\",\"ratingCount\":22,\"bookmarkCount\":23,\"commentCount\":24}}}}}");
    DashboardHome home = client.dashboard().home().blockingGet().page();
    takeRequest();
    DailyCounts today = home.userCountSummary().today();
    assertThat(today).isEqualTo(new DailyCounts(11, 12, 13, 14, LocalDateTime.parse("2024-01-02T03:04:05")));
    assertThat(home.userCountSummary().yesterday()).isEqualTo(new DailyCounts(21, 22, 23, 24, null));
  }

  @Test
  void settingsDecodesSeedCapture() throws Exception {
    DashboardSettings settings = serve("ajax/dashboard/settings", () -> client.dashboard().settings().blockingGet());
    assertThat(settings.view()).isNull();
    assertThat(settings.other()).isEmpty();
  }

  @Test
  void settingsKeepsAChosenViewAndUnknownFields() throws Exception {
    enqueueJson("{\"error\":false,\"message\":\"\",\"body\":{\"view\":\"novel\",\"sort\":\"date\",\"gone\":null}}");
    DashboardSettings settings = client.dashboard().settings().blockingGet();
    takeRequest();
    assertThat(settings.view()).isEqualTo("novel");
    assertThat(settings.other()).containsExactly(Map.entry("sort", "date"));
  }

  @Test
  void illustRequestStrategyDecodesSeedCapture() throws Exception {
    Feed<IllustRequestStrategy> feed = serve(
        "ajax/dashboard/works/illust/request_strategy", () -> client.dashboard().illustRequestStrategy().blockingGet());
    // The capture's lists are all empty, which {} also decodes to: FieldExactDecodingTest checks its keys
    // are claimed; the values are checked below with lists that hold something.
    IllustRequestStrategy strategy = feed.page();
    assertThat(strategy).isNotNull();
    assertThat(strategy.works()).isEmpty();
    assertThat(strategy.fetchRanges()).isEmpty();
    assertThat(feed.artworks()).isEmpty();
    assertThat(feed.tagTranslation()).isEmpty();
  }

  @Test
  void illustRequestStrategyDecodesEveryList() throws Exception {
    enqueueJson("{\"error\":false,\"message\":\"\",\"body\":{\"data\":{\"works\":[\"101\"],\"series\":[\"s1\",\"s2\"],"
        + "\"drafts\":[{\"id\":\"d\"}],\"reservedWorks\":[7],\"fetchRanges\":[{\"from\":0,\"to\":20}]},"
        + "\"thumbnails\":{\"illust\":[{\"id\":\"101\",\"title\":\"req\",\"userId\":\"9\"}]}}}");
    Feed<IllustRequestStrategy> feed = client.dashboard().illustRequestStrategy().blockingGet();
    takeRequest();
    IllustRequestStrategy strategy = feed.page();
    assertThat(strategy.works()).containsExactly("101");
    assertThat(strategy.series()).containsExactly("s1", "s2");
    assertThat(strategy.drafts()).containsExactly(Map.of("id", "d"));
    assertThat(strategy.reservedWorks()).containsExactly(7);
    assertThat(strategy.fetchRanges()).containsExactly(Map.of("from", 0, "to", 20));
    assertThat(feed.artwork("101").orElseThrow().title()).isEqualTo("req");
  }
}
