package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.user.FollowList;
import io.github.pixivajax.core.model.user.FollowUser;
import io.github.pixivajax.core.model.user.Pickup;
import io.github.pixivajax.core.model.user.UserBookmarks;
import io.github.pixivajax.core.model.user.UserExtra;
import io.github.pixivajax.core.model.user.UserInfo;
import io.github.pixivajax.core.model.user.UserLatestWorks;
import io.github.pixivajax.core.model.user.UserProfile;
import io.github.pixivajax.core.model.user.UserProfileAll;
import io.reactivex.rxjava3.core.Single;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UsersApiTest extends MockPixivTest {
  private static final String MEMBER = "https://www.pixiv.net/member.php?id=9153585";
  private static final String HOME = "https://www.pixiv.net/";

  /** Serves {@code capture}, calls the endpoint and checks the request it sent. */
  private <T> T fetch(String capture, Function<UsersApi, Single<T>> call, String path, Map<String, String> query, String referer)
      throws InterruptedException {
    enqueueSeed(capture);
    T value = call.apply(client.users()).blockingGet();
    assertRequest(takeRequest(), "GET", path, query, referer);
    return value;
  }

  @Test
  void userDecodesSeedCapture() throws Exception {
    UserInfo u = fetch("ajax/user/9153585.json", api -> api.user(9153585), "/ajax/user/9153585", Map.of(), MEMBER);
    assertThat(u.userId()).isEqualTo("9153585");
    assertThat(u.name()).isEqualTo("haku89");
    assertThat(u.imageBig()).endsWith("14408330_3de67ff59732d611d71369bddd8ea287_170.jpg");
    assertThat(u.premium()).isTrue();
    assertThat(u.followed()).isFalse();
    assertThat(u.background()).isNull();
    assertThat(u.sketchLiveId()).isNull();
    assertThat(u.partial()).isZero();
    assertThat(u.sketchLives()).isEmpty();
  }

  @Test
  void userFullSendsFullAndDecodesProfileFields() throws Exception {
    UserProfile u = fetch("ajax/user/9153585_full_1.json", api -> api.userFull(9153585), "/ajax/user/9153585", Map.of("full", "1"), MEMBER);
    assertThat(u.userId()).isEqualTo("9153585");
    assertThat(u.name()).isEqualTo("haku89");
    assertThat(u.partial()).isEqualTo(1);
    assertThat(u.following()).isEqualTo(349);
    assertThat(u.comment()).startsWith("コメントや評価とタグ編集").contains("twitter：https://twitter.com/real_haku89");
    assertThat(u.commentHtml()).contains("<a href=\"https://haku89.fanbox.cc/\" target=\"_blank\">");
    assertThat(u.social().get("twitter").url()).isEqualTo("https://twitter.com/real_haku89");
    assertThat(u.canSendMessage()).isTrue();
    assertThat(u.region().region()).isEqualTo("JP");
    assertThat(u.region().prefecture()).isEqualTo("26");
    assertThat(u.age().name()).isEqualTo("23歳");
    assertThat(u.birthDay().name()).isEqualTo("12月16日");
    assertThat(u.job().privacyLevel()).isEqualTo("0");
    assertThat(u.workspace()).hasSize(8).containsEntry("userWorkspaceTool", "CSP");
    assertThat(u.group()).extracting(UserProfile.Group::id).containsExactly("3282", "13002", "1514", "11313");
    assertThat(u.group().get(2).title()).isEqualTo("iPadお絵描き会");
    assertThat(u.official()).isFalse();
  }

  @Test
  void profileAllKeepsNullWorksAndListsTheirIds() throws Exception {
    UserProfileAll p = fetch("ajax/user/9153585/profile/all.json", api -> api.profileAll(9153585), "/ajax/user/9153585/profile/all", Map.of(), MEMBER);
    assertThat(p.illustIds()).hasSize(29).startsWith("97164570", "96581228").endsWith("43552613");
    assertThat(p.illusts()).containsKey("79448157");
    assertThat(p.illusts().get("79448157")).isNull();
    assertThat(p.mangaIds()).containsExactly("94691329");
    assertThat(p.novelIds()).isEmpty();
    assertThat(p.mangaSeries()).hasSize(2);
    assertThat(p.mangaSeries().get(0).title()).isEqualTo("ナツメと性愛対決");
    assertThat(p.mangaSeries().get(0).total()).isEqualTo(5);
    assertThat(p.mangaSeries().get(1).firstIllustId()).isEqualTo("93990820");
    Pickup fanbox = p.pickup().get(0);
    assertThat(fanbox.type()).isEqualTo("fanbox");
    assertThat(fanbox.hasAdultContent()).isTrue();
    assertThat(fanbox.imageUrl()).endsWith("6zdB1tF7f5YUQqLDfsTr9mpL.jpeg");
    Pickup work = p.pickup().get(1);
    assertThat(work.type()).isEqualTo("illust");
    assertThat(work.id()).isEqualTo("79448157");
    assertThat(work.title()).isEqualTo("端木鱼");
    assertThat(work.illustType()).isEqualTo(IllustType.ILLUST);
    assertThat(work.urls()).containsKeys("250x250", "360x360", "540x540");
    assertThat(work.contentUrl()).isEqualTo("https://www.pixiv.net/artworks/79448157");
    assertThat(work.width()).isEqualTo(4299);
    assertThat(p.bookmarkCount().publicBookmarks().illust()).isEqualTo(1);
    assertThat(p.bookmarkCount().privateBookmarks().novel()).isZero();
    assertThat(p.externalSiteWorksStatus()).containsEntry("booth", true).containsEntry("vroidHub", true);
    assertThat(p.request().showRequestTab()).isFalse();
  }

  @Test
  void followingDecodesSeedCapture() throws Exception {
    FollowList f = fetch(
        "ajax/user/9153585/following_offset_0_limit_3_rest_show.json",
        api -> api.following(9153585, 0, 3, Rest.SHOW),
        "/ajax/user/9153585/following",
        Map.of("offset", "0", "limit", "3", "rest", "show"),
        HOME);
    assertThat(f.total()).isEqualTo(353);
    assertThat(f.userIds()).containsExactly("5083537", "61362279", "1680108");
    assertThat(f.followUserTags()).isEmpty();
    FollowUser rai = f.users().get(0);
    assertThat(rai.userName()).isEqualTo("RAI");
    assertThat(rai.userComment()).startsWith("Freestyle art work.");
    assertThat(rai.following()).isFalse();
    assertThat(rai.illusts()).extracting(ArtworkThumbnail::id).containsExactly("101010718", "100921368", "100915004", "100914987");
    assertThat(rai.illusts().get(0).title()).isEqualTo("ウタゲ");
    assertThat(rai.illusts().get(0).createDate()).isEqualTo(OffsetDateTime.parse("2022-09-05T08:46:48+09:00"));
    assertThat(f.users().get(1).illusts().get(0).xRestrict()).isEqualTo(1);
    assertThat(f.other()).containsKeys("zoneConfig", "extraData");
  }

  @Test
  void followersDecodesSeedCapture() throws Exception {
    FollowList f = fetch(
        "ajax/user/43192924/followers_offset_0_limit_3.json",
        api -> api.followers(43192924, 0, 3),
        "/ajax/user/43192924/followers",
        Map.of("offset", "0", "limit", "3"),
        HOME);
    assertThat(f.total()).isEqualTo(4);
    assertThat(f.userIds()).containsExactly("54449001", "81857428");
    assertThat(f.users().get(0).userName()).isEqualTo("フェネック＆キタキツネ");
    assertThat(f.users().get(1).following()).isTrue();
    assertThat(f.users().get(1).followed()).isTrue();
    assertThat(f.users().get(1).illusts()).isEmpty();
  }

  @Test
  void latestWorksKeepsNullsAndDecodesThumbnails() throws Exception {
    UserLatestWorks w = fetch("ajax/user/9153585/works/latest.json", api -> api.latestWorks(9153585), "/ajax/user/9153585/works/latest", Map.of(), HOME);
    assertThat(w.illustIds()).hasSize(134).startsWith("100942014", "100359634", "100222562", "100036201");
    assertThat(w.illusts().get("100036201")).isNull();
    assertThat(w.artworks()).extracting(ArtworkThumbnail::title).containsExactly("ここみ×ヒルチャール", "C100お品書き", "ここみ　１");
    assertThat(w.artworks().get(0).pageCount()).isEqualTo(18);
    assertThat(w.artworks().get(2).createDate()).isEqualTo(OffsetDateTime.parse("2022-08-04T12:41:42+09:00"));
    assertThat(w.novelIds()).isEmpty();
  }

  @Test
  void bookmarksSendsEmptyTagAndDecodesWorks() throws Exception {
    UserBookmarks b = fetch(
        "ajax/user/43192924/illusts/bookmarks_tag_offset_0_limit_3_rest_show.json",
        api -> api.bookmarks(43192924, "", 0, 3, Rest.SHOW),
        "/ajax/user/43192924/illusts/bookmarks",
        Map.of("tag", "", "offset", "0", "limit", "3", "rest", "show"),
        HOME);
    assertThat(b.total()).isEqualTo(3134);
    assertThat(b.ids()).containsExactly("81214321", "89532340", "100759196");
    assertThat(b.works().get(0).title()).isEqualTo("居残り補習JKさん");
    assertThat(b.works().get(0).userName()).isEqualTo("加瀬大輝＠FANBOX");
    assertThat(b.works().get(0).bookmarkData().id()).isEqualTo("17381700721");
    assertThat(b.works().get(1).width()).isEqualTo(3556);
    assertThat(b.bookmarkTags()).isEmpty();
  }

  @Test
  void extraDecodesSeedCapture() throws Exception {
    UserExtra e = fetch("ajax/user/extra.json", UsersApi::extra, "/ajax/user/extra", Map.of(), HOME);
    assertThat(e.following()).isEqualTo(90);
    assertThat(e.followers()).isEqualTo(4);
    assertThat(e.mypixivCount()).isZero();
    assertThat(e.background()).isNull();
  }

  @Test
  void liveFollowingDecodesEmptyList() throws Exception {
    List<Map<String, Object>> lives = fetch("ajax/sketch/live/following.json", UsersApi::liveFollowing, "/ajax/sketch/live/following", Map.of(), HOME);
    assertThat(lives).isEmpty();
  }

  @Test
  void backgroundAndBookmarkTagsDecodeWhenPresent() {
    enqueueJson("{\"error\":false,\"body\":{\"following\":\"2\",\"followers\":1,\"mypixivCount\":0,"
        + "\"background\":{\"repeat\":null,\"color\":null,\"url\":\"https://i.pximg.net/bg.jpg\",\"isPrivate\":true}}}");
    UserExtra e = client.users().extra().blockingGet();
    assertThat(e.following()).isEqualTo(2);
    assertThat(e.background().url()).isEqualTo("https://i.pximg.net/bg.jpg");
    assertThat(e.background().hidden()).isTrue();

    enqueueJson("{\"error\":false,\"body\":{\"works\":[{\"id\":123,\"title\":\"-----\",\"isMasked\":true}],"
        + "\"total\":1,\"bookmarkTags\":{\"999\":[\"a\",\"b\"]}}}");
    UserBookmarks b = client.users().bookmarks(1, "a", 0, 48, Rest.HIDE).blockingGet();
    assertThat(b.ids()).containsExactly("123");
    assertThat(b.works().get(0).masked()).isTrue();
    assertThat(b.bookmarkTags()).containsEntry("999", List.of("a", "b"));
  }

  @Test
  void badArgumentsFailBeforeAnyRequest() {
    UsersApi api = client.users();
    assertRejected(() -> api.user(0), "id");
    assertRejected(() -> api.userFull(-1), "id");
    assertRejected(() -> api.following(1, -1, 24, Rest.SHOW), "offset");
    assertRejected(() -> api.following(1, 0, 0, Rest.SHOW), "limit");
    assertRejected(() -> api.followers(1, 0, 101), "limit");
    assertRejected(() -> api.bookmarks(1, "", 0, 101, Rest.SHOW), "limit");
    assertRejected(() -> api.latestWorks(0), "id");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void loginOnlyEndpointsFailForAnonymousClients() {
    try (PixivClient anonymous = PixivClient.builder().baseUrl(server.url("/").toString()).build()) {
      UsersApi api = anonymous.users();
      api.following(1, 0, 3, Rest.SHOW).test().assertError(PixivAuthException.class);
      api.followers(1, 0, 3).test().assertError(PixivAuthException.class);
      api.bookmarks(1, "", 0, 3, Rest.SHOW).test().assertError(PixivAuthException.class);
      api.extra().test().assertError(PixivAuthException.class);
      api.liveFollowing().test().assertError(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  private static void assertRejected(Runnable call, String parameter) {
    assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(parameter + " ");
  }
}
