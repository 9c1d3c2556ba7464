package io.github.pixivajax.core.api;

import static io.github.pixivajax.core.api.FeedsApiTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.core.model.discovery.DiscoveryMeta;
import io.github.pixivajax.core.model.discovery.RecommendedIllust;
import io.github.pixivajax.core.model.discovery.RecommendedUser;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DiscoveryApiTest extends MockPixivTest {
  private <T> T serve(String capture, Supplier<Single<T>> call, String path, Map<String, String> query)
      throws InterruptedException {
    enqueueSeed(capture);
    T value = call.get().blockingGet();
    assertRequest(takeRequest(), "GET", path, query, "https://www.pixiv.net/");
    return value;
  }

  @Test
  void artworksDecodesRecommendationsAndResolvesThemInTheStore() throws Exception {
    Feed<List<RecommendedIllust>> feed = serve("ajax/discovery/artworks_mode_all_limit_3.json",
        () -> client.discovery().artworks(ContentMode.ALL, 3),
        "/ajax/discovery/artworks", Map.of("mode", "all", "limit", "3"));

    List<RecommendedIllust> picks = feed.page();
    assertThat(picks).extracting(RecommendedIllust::illustId).containsExactly("100794851", "100835838", "100994095");
    assertThat(picks.get(0).recommendMethods()).containsExactly("illust_for_user_tda000");
    assertThat(picks.get(0).recommendScore()).isCloseTo(6.2306227684021, within(1e-12));
    assertThat(picks.get(0).recommendSeedIllustIds()).containsExactly("43192924");
    assertThat(picks.get(2).recommendMethods()).containsExactly("bookmark_fresh_cos_tag");
    assertThat(picks.get(2).recommendSeedIllustIds()).containsExactly("100950847", "101003773");

    List<ArtworkThumbnail> works = feed.artworks(picks.stream().map(RecommendedIllust::illustId).toList());
    assertThat(works).extracting(ArtworkThumbnail::title)
        .containsExactly("ホロライブサマー！！", "「助手くん、こよずっと助手くんのことがす―」 ひゅ～ん…ドカンッ", "百鬼あやめ");
    assertThat(works).extracting(ArtworkThumbnail::userName).containsExactly("九重かぼす@お仕事募集中", "せつら", "氷菜&火ノ");
    assertThat(works.get(0).userId()).isEqualTo("1786542");
    assertThat(works.get(0).width()).isEqualTo(1941);
    assertThat(works.get(0).height()).isEqualTo(2676);
    assertThat(feed.translate("博衣こより", "romaji")).contains("hakuikoyori");
  }

  @Test
  void usersDecodesRecommendationsAndResolvesUsersAndWorks() throws Exception {
    Feed<List<RecommendedUser>> feed = serve("ajax/discovery/users_limit_3.json",
        () -> client.discovery().users(3), "/ajax/discovery/users", Map.of("limit", "3"));

    List<RecommendedUser> picks = feed.page();
    assertThat(picks).extracting(RecommendedUser::userId).containsExactly("10137376", "58953628", "27390723");
    assertThat(picks.get(0).recentIllustIds())
        .containsExactly("101013212", "100844020", "100678526", "100507548", "100324391");
    assertThat(picks.get(0).recentNovelIds()).isEmpty();

    List<UserSummary> users = feed.users(picks.stream().map(RecommendedUser::userId).toList());
    assertThat(users).extracting(UserSummary::name).containsExactly("名部ぷよ", "のべる", "🌵さぼてんむし🌵");
    assertThat(users).extracting(UserSummary::premium).containsExactly(true, false, true);
    assertThat(users.get(0).acceptRequest()).isTrue();
    assertThat(users.get(0).followed()).isFalse();
    for (RecommendedUser pick : picks) {
      assertThat(feed.artworks(pick.recentIllustIds())).hasSize(5).allSatisfy(w -> assertThat(w.userId()).isEqualTo(pick.userId()));
    }
    assertThat(feed.artworks(picks.get(0).recentIllustIds()).get(0).title()).isEqualTo("BNWスチームパンク");
    assertThat(feed.artworks(picks.get(1).recentIllustIds()).get(0).title()).isEqualTo("チューリップとスズカさん");
  }

  @Test
  void artworksMetaDecodesTitleAndTreatsFalseDescriptionAsAbsent() throws Exception {
    DiscoveryMeta meta = serve("ajax/discovery/artworks/meta_mode_all.json",
        () -> client.discovery().artworksMeta(ContentMode.ALL), "/ajax/discovery/artworks/meta", Map.of("mode", "all"));

    assertThat(meta.meta()).isEqualTo(new DiscoveryMeta.PageMeta("[pixiv] ディスカバリー", null, null));
    assertThat(meta.other()).containsOnlyKeys("zoneConfig");
  }

  @Test
  void usersMetaDecodesTitle() throws Exception {
    DiscoveryMeta meta = serve("ajax/discovery/users/meta.json",
        () -> client.discovery().usersMeta(), "/ajax/discovery/users/meta", Map.of());

    assertThat(meta.meta().title()).isEqualTo("[pixiv] ディスカバリー");
    assertThat(meta.meta().description()).isNull();
    assertThat(meta.other()).containsOnlyKeys("zoneConfig");
  }

  @Test
  void limitOutsideOneToHundredIsRejectedBeforeAnyRequest() {
    assertRejected(() -> client.discovery().artworks(ContentMode.ALL, 0), "limit");
    assertRejected(() -> client.discovery().artworks(ContentMode.SAFE, 101), "limit");
    assertRejected(() -> client.discovery().users(0), "limit");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anonymousClientIsRefusedWithoutRequest() throws Exception {
    try (PixivClient anonymous = PixivClient.builder().baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> anonymous.discovery().usersMeta().blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
