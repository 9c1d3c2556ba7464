package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.CommissionRequest;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.core.model.feed.FollowLatestPage;
import io.github.pixivajax.core.model.feed.TopPage;
import io.github.pixivajax.core.model.feed.TumengPage;
import io.github.pixivajax.core.model.feed.WatchListPage;
import io.reactivex.rxjava3.core.Single;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FeedsApiTest extends MockPixivTest {
  private static final String HOME = "https://www.pixiv.net/";

  private <T> T serve(String capture, Supplier<Single<T>> call, String path, Map<String, String> query)
      throws InterruptedException {
    enqueueSeed(capture);
    T value = call.get().blockingGet();
    assertRequest(takeRequest(), "GET", path, query, HOME);
    return value;
  }

  private static List<String> titles(List<ArtworkThumbnail> works) {
    return works.stream().map(ArtworkThumbnail::title).toList();
  }

  @Test
  void topDecodesEverySectionOfSeedCapture() throws Exception {
    Feed<TopPage> feed = serve("ajax/top/illust.json", () -> client.feeds().top(ContentMode.ALL),
        "/ajax/top/illust", Map.of("mode", "all"));
    TopPage page = feed.page();

    assertThat(page.tags()).hasSize(53);
    assertThat(page.tags().get(0).tag()).isEqualTo("fanart");
    assertThat(page.tags().get(0).ids()).containsExactly("87387148", "89843345", "87162139");
    assertThat(page.follow()).hasSize(48).startsWith("100906124", "100906064");
    assertThat(page.mypixiv()).isEmpty();
    assertThat(page.recommend().ids()).hasSize(18).startsWith("90137658", "100881091");
    TopPage.Reason why = page.recommend().details().get("90137658");
    assertThat(why.methods()).containsExactly("clustering_bqalgc");
    assertThat(why.score()).isCloseTo(0.6606252491474152, within(1e-12));
    assertThat(why.seedIllustIds()).containsExactly("44873217", "62406788", "73718366");
    assertThat(page.recommendByTag()).hasSize(10);
    assertThat(page.recommendByTag().get(0).tag()).isEqualTo("水着");
    assertThat(page.recommendByTag().get(0).ids()).hasSize(24).startsWith("100747268");
    assertThat(page.recommendByTag().get(0).details().get("100747268").methods()).containsExactly("by_tag");
    assertThat(page.recommendByTag().get(1).tag()).isEqualTo("獣耳");
    assertThat(page.ranking().date()).isEqualTo(LocalDate.of(2022, 8, 31));
    assertThat(page.ranking().items()).hasSize(100);
    assertThat(page.ranking().items().get(0)).isEqualTo(new TopPage.Ranking.Item(1, "100881091"));
    assertThat(page.ranking().items().get(99)).isEqualTo(new TopPage.Ranking.Item(100, "100896802"));
    assertThat(page.pixivision()).hasSize(4);
    assertThat(page.pixivision().get(0)).isEqualTo(new TopPage.PixivisionArticle("8039",
        "気になるのはホラー？それとも？2022年8月・pixivision人気記事",
        "https://i.pximg.net/imgaz/upload/20220830/192254772.jpg", "https://www.pixivision.net/ja/a/8039"));
    assertThat(page.recommendUser()).hasSize(10);
    assertThat(page.recommendUser().get(0).id()).isEqualTo("43505343");
    assertThat(page.recommendUser().get(0).illustIds()).containsExactly("100223175", "97717342", "96019632");
    assertThat(page.contestOngoing()).hasSize(18);
    TopPage.Contest contest = page.contestOngoing().get(2);
    assertThat(contest.slug()).isEqualTo("mikuexpor");
    assertThat(contest.type()).isEqualTo("illust");
    assertThat(contest.name()).isEqualTo("HATSUNE MIKU EXPO Rewind+ Illustration Contest");
    assertThat(contest.newContest()).isTrue();
    assertThat(contest.workIds()).hasSize(10).startsWith("100767262");
    assertThat(page.contestOngoing().get(3).newContest()).isFalse();
    assertThat(page.contestResult()).isEmpty();
    assertThat(page.editorRecommend()).hasSize(6);
    assertThat(page.editorRecommend().get(0).illustId()).isEqualTo("100872677");
    assertThat(page.editorRecommend().get(0).comment()).startsWith("☆早く映画見ろ──！");
    assertThat(page.boothFollowItemIds()).hasSize(6).startsWith("4101671");
    assertThat(page.sketchLiveFollowIds()).isEmpty();
    assertThat(page.sketchLivePopularIds()).hasSize(9).startsWith("7658704737535513437");
    assertThat(page.myFavoriteTags()).hasSize(10).startsWith("ウマ娘プリティーダービー", "オグリキャップ(ウマ娘)");
    assertThat(page.newPost()).hasSize(36).startsWith("100916285");
    assertThat(page.trendingTags()).hasSize(24);
    assertThat(page.trendingTags().get(1)).isEqualTo(
        new TopPage.TrendingTag("GenshinImpact", -18, List.of("92390436", "80567870", "92510896")));
    assertThat(page.completeRequestIds()).hasSize(12).startsWith("96515", "81807");
    assertThat(page.userEventIds()).hasSize(15).startsWith("100814518", "100722058");
    assertThat(page.other()).isEmpty();
    assertThat(feed.other()).containsKeys("boothItems", "sketchLives", "zoneConfig");
  }

  @Test
  void topStoreResolvesEverySectionsIds() throws Exception {
    Feed<TopPage> feed = serve("ajax/top/illust.json", () -> client.feeds().top(ContentMode.ALL),
        "/ajax/top/illust", Map.of("mode", "all"));
    TopPage page = feed.page();

    List<ArtworkThumbnail> follow = feed.artworks(page.follow());
    assertThat(follow).hasSize(48);
    assertThat(follow.get(0).title()).isEqualTo("🌊");
    assertThat(follow.get(0).userName()).isEqualTo("Mirage/ミラージュ");
    assertThat(follow.get(0).userId()).isEqualTo("49923885");
    assertThat(feed.artworks(page.recommend().ids())).hasSize(18).first()
        .satisfies(w -> assertThat(w.title()).isEqualTo("メイド"))
        .satisfies(w -> assertThat(w.userName()).isEqualTo("WERI"));
    List<ArtworkThumbnail> ranked = feed.artworks(page.ranking().ids());
    assertThat(ranked).hasSize(100);
    assertThat(ranked.get(0).title()).isEqualTo("ポラリス");
    assertThat(ranked.get(0).userName()).isEqualTo("Rella");
    assertThat(ranked.get(0).width()).isEqualTo(1137);
    assertThat(ranked.get(0).height()).isEqualTo(2022);
    assertThat(ranked.get(0).createDate()).isEqualTo(OffsetDateTime.parse("2022-08-31T00:39:15+09:00"));
    assertThat(titles(feed.artworks(page.newPost())).get(0)).isEqualTo("これはさ…埋めておこ…深いトコロに…");
    assertThat(feed.artwork(page.editorRecommend().get(0).illustId()).map(ArtworkThumbnail::title))
        .contains("ギャル、ポップコーン買う");
    assertThat(feed.artworks(page.recommendByTag().get(0).ids())).hasSize(24);
    assertThat(feed.artworks(page.userEventIds())).hasSize(15);
    assertThat(feed.artworks(page.contestOngoing().get(2).workIds())).hasSize(10);

    List<UserSummary> users = feed.users(page.recommendUser().stream().map(TopPage.UserWorks::id).toList());
    assertThat(users).hasSize(10);
    assertThat(users.get(0).name()).isEqualTo("宝鐘マリン");
    assertThat(feed.artworks(page.recommendUser().get(0).illustIds())).hasSize(3);

    List<CommissionRequest> done = feed.requests(page.completeRequestIds());
    assertThat(done).hasSize(12);
    assertThat(done.get(0).requestStatus()).isEqualTo("complete");
    assertThat(done.get(0).fanUserId()).isEqualTo("37680026");
    assertThat(feed.artwork(done.get(0).postWork().postWorkId()).map(ArtworkThumbnail::title)).contains("陈");
  }

  @Test
  void followLatestDecodesSeedCaptureAndResolvesIds() throws Exception {
    Feed<FollowLatestPage> feed = serve("ajax/follow_latest/illust_mode_all_p_1.json",
        () -> client.feeds().followLatest(ContentMode.ALL, 1),
        "/ajax/follow_latest/illust", Map.of("mode", "all", "p", "1"));

    assertThat(feed.page().ids()).hasSize(60).startsWith("101070716", "101068890", "101049109").endsWith("100704057");
    assertThat(feed.page().lastPage()).isFalse();
    assertThat(feed.page().tags()).isEmpty();
    List<ArtworkThumbnail> works = feed.artworks(feed.page().ids());
    assertThat(works).hasSize(60);
    ArtworkThumbnail first = works.get(0);
    assertThat(first.title()).isEqualTo("20周年！！！！！！");
    assertThat(first.userName()).isEqualTo("かるかるめ");
    assertThat(first.userId()).isEqualTo("16691139");
    assertThat(first.width()).isEqualTo(1027);
    assertThat(first.height()).isEqualTo(1200);
    assertThat(first.tags()).containsExactly("学園アリス");
    assertThat(works.get(59).title()).isEqualTo("海行きたい");
    assertThat(works.get(59).tags()).containsExactly("原神", "ジン(原神)", "リサ(原神)");
    assertThat(feed.translate("原神", "romaji")).contains("gennshinn");
    assertThat(feed.users()).isEmpty();
  }

  @Test
  void watchListDecodesTotalSentAsString() throws Exception {
    Feed<WatchListPage> feed = serve("ajax/watch_list/manga_p_1.json", () -> client.feeds().watchListManga(1),
        "/ajax/watch_list/manga", Map.of("p", "1"));

    assertThat(feed.page()).isEqualTo(new WatchListPage(0, 1, List.of()));
    assertThat(feed.illustSeries()).isEmpty();
    assertThat(feed.tagTranslation()).isEmpty();
    assertThat(feed.other()).containsKeys("zoneConfig", "extraData");
  }

  @Test
  void mypixivLatestDecodesEmptyLastPage() throws Exception {
    Feed<FollowLatestPage> feed = serve("ajax/mypixiv_latest/illust_p_1.json", () -> client.feeds().mypixivLatest(1),
        "/ajax/mypixiv_latest/illust", Map.of("p", "1"));

    assertThat(feed.page()).isEqualTo(new FollowLatestPage(List.of(), true, List.of()));
    assertThat(feed.artworks()).isEmpty();
    assertThat(feed.other()).containsKey("zoneConfig");
  }

  @Test
  void tumengDecodesLinkedUserAndOmitsAbsentPage() throws Exception {
    Feed<TumengPage> feed = serve("ajax/linked_service/tumeng.json", () -> client.feeds().tumeng(null),
        "/ajax/linked_service/tumeng", Map.of());

    TumengPage.LinkedUser user = feed.page().user();
    assertThat(user.id()).isEqualTo("43192924");
    assertThat(user.name()).isEqualTo("atarakima1");
    assertThat(user.comment()).isEmpty();
    assertThat(user.profileImageUrl()).isEqualTo(
        "https://i.pximg.net/user-profile/img/2022/08/28/02/45/18/23252304_8aacb194299942725f0a90bf8a14a290_170.jpg");
    assertThat(user.followerCount()).isZero();
    assertThat(user.linkState()).isEqualTo("disconnected");
    assertThat(user.updateDatetime()).isNull();
    assertThat(user.enableCustomProfile()).isFalse();
    assertThat(user.customProfile()).isNull();
    assertThat(user.profileImageConfigured()).isTrue();
    assertThat(user.meta()).isEqualTo(Map.of("f0", false));
    assertThat(feed.page().works()).isEmpty();
    assertThat(feed.page().totalItemCount()).isZero();
  }

  @Test
  void tumengSendsPageWhenGiven() throws Exception {
    serve("ajax/linked_service/tumeng.json", () -> client.feeds().tumeng(2),
        "/ajax/linked_service/tumeng", Map.of("page", "2"));
  }

  @Test
  void pageBelowOneIsRejectedBeforeAnyRequest() {
    assertRejected(() -> client.feeds().followLatest(ContentMode.ALL, 0), "p");
    assertRejected(() -> client.feeds().watchListManga(0), "p");
    assertRejected(() -> client.feeds().mypixivLatest(-1), "p");
    assertRejected(() -> client.feeds().tumeng(0), "page");
    assertThat(server.getRequestCount()).isZero();
  }

  static void assertRejected(Runnable call, String parameter) {
    assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(parameter + " ");
  }

  @Test
  void anonymousClientIsRefusedWithoutRequest() throws Exception {
    try (PixivClient anonymous = PixivClient.builder().baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> anonymous.feeds().top(ContentMode.SAFE).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> anonymous.feeds().followLatest(ContentMode.ALL, 1).blockingGet())
          .isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
