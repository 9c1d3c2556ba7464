package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.artwork.ArtworkPage;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.artwork.CommentPage;
import io.github.pixivajax.core.model.artwork.NewIllusts;
import io.github.pixivajax.core.model.artwork.Recommendations;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArtworksApiTest extends MockPixivTest {
  private static final String ARTWORK = "https://www.pixiv.net/artworks/100412238";

  private ArtworksApi api() {
    return client.artworks();
  }

  @Test
  void pagesDecodeSeedCapture() throws Exception {
    enqueueSeed("ajax/illust/100412238/pages.json");
    List<ArtworkPage> pages = api().pages(100412238).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/illust/100412238/pages", Map.of(), ARTWORK);
    assertThat(pages).hasSize(1);
    ArtworkPage p = pages.get(0);
    assertThat(p.width()).isEqualTo(2476);
    assertThat(p.height()).isEqualTo(3541);
    assertThat(p.urls().thumbMini())
        .isEqualTo("https://i.pximg.net/c/128x128/img-master/img/2022/08/11/23/46/14/100412238_p0_square1200.jpg");
    assertThat(p.urls().small()).startsWith("https://i.pximg.net/c/540x540_70/").endsWith("100412238_p0_master1200.jpg");
    assertThat(p.urls().original()).isEqualTo("https://i.pximg.net/img-original/img/2022/08/11/23/46/14/100412238_p0.png");
  }

  @Test
  void commentsDecodeSeedCapture() throws Exception {
    enqueueSeed("ajax/illusts/comments/roots_illust_id_100412238_offset_0_limit_3.json");
    CommentPage page = api().comments(100412238, 0, 3).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/illusts/comments/roots",
        Map.of("illust_id", "100412238", "offset", "0", "limit", "3"), ARTWORK);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.comments()).extracting(Comment::id).containsExactly("142614698", "141327462", "141327453");
    Comment text = page.comments().get(0);
    assertThat(text.userId()).isEqualTo("24709236");
    assertThat(text.userName()).isEqualTo("人在涩涩猴在开团");
    assertThat(text.comment()).isEqualTo("(heaven)(heaven)(heaven)");
    assertThat(text.stampId()).isNull();
    assertThat(text.commentDate()).isEqualTo(LocalDateTime.of(2022, 8, 18, 22, 30));
    assertThat(text.deletedUser()).isFalse();
    assertThat(text.commentParentId()).isNull();
    Comment stamp = page.comments().get(1);
    assertThat(stamp.userName()).isEqualTo("ArtixSnow");
    assertThat(stamp.comment()).isEmpty();
    assertThat(stamp.stampId()).isEqualTo("110");
    assertThat(stamp.img()).endsWith("16392349_b0b3063fc05c8d335360a424e4555291_170.jpg");
  }

  @Test
  void recommendationsDecodeSeedCaptureWithoutAdSlots() throws Exception {
    enqueueSeed("ajax/illust/100412238/recommend/init_limit_2.json");
    Recommendations r = api().recommendations(100412238, 2).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/illust/100412238/recommend/init", Map.of("limit", "2"), ARTWORK);
    assertThat(r.illusts()).extracting(ArtworkThumbnail::id).containsExactly("81423973", "44855692");
    ArtworkThumbnail first = r.illusts().get(0);
    assertThat(first.title()).isEqualTo("道歉的时候要露出（_____）");
    assertThat(first.userName()).isEqualTo("LingnerPoi");
    assertThat(first.tags()).startsWith("明日方舟", "Arknights");
    assertThat(first.width()).isEqualTo(2894);
    assertThat(first.createDate()).isEqualTo(OffsetDateTime.parse("2020-05-09T14:36:09+09:00"));
    assertThat(r.illusts().get(1).pageCount()).isEqualTo(5);
    assertThat(r.nextIds()).hasSize(178).startsWith("99446881", "100776077");
    assertThat(r.details()).hasSize(180);
    assertThat(r.details().get("81423973").score()).isEqualTo(0.5);
    assertThat(r.details().get("81423973").methods()).containsExactly("illust_by_illust_table_mf_tda");
    // pixiv sends this seed id as a number, the others as strings.
    assertThat(r.details().get("100776077").seedIllustIds()).containsExactly("100412238");
    assertThat(r.details().get("100776077").recommendListId()).isEqualTo("6310504a352e37.56185990");
  }

  @Test
  void recommendedIllustsSendsEachIdAsIllustIdsArrayAndSkipsAdSlots() throws Exception {
    enqueueJson(Fixtures.resource("pixiv/recommend-illusts.json"));
    Recommendations r = api().recommendedIllusts(List.of("100400001", "100400002")).blockingGet();

    RecordedRequest req = takeRequest();
    assertThat(req.getPath()).isEqualTo("/ajax/illust/recommend/illusts?illust_ids%5B%5D=100400001&illust_ids%5B%5D=100400002");
    assertThat(req.getRequestUrl().queryParameterValues("illust_ids[]")).containsExactly("100400001", "100400002");
    assertThat(r.illusts()).extracting(ArtworkThumbnail::id).containsExactly("100400001", "100400002");
    assertThat(r.illusts().get(1).bookmarkData().id()).isEqualTo("555");
    assertThat(r.nextIds()).isEmpty();
    assertThat(r.details().get("100400001").seedIllustIds()).containsExactly("100412238");
  }

  @Test
  void newIllustsDecodeSeedCapture() throws Exception {
    enqueueSeed("ajax/illust/new_lastId_0_limit_20_type_illust_r18_false.json");
    NewIllusts n = api().newIllusts(0, 20, NewWorkType.ILLUST, false).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/illust/new",
        Map.of("lastId", "0", "limit", "20", "type", "illust", "r18", "false"), "https://www.pixiv.net/");
    assertThat(n.illusts()).hasSize(20);
    assertThat(n.lastId()).isEqualTo("101127702");
    ArtworkThumbnail first = n.illusts().get(0);
    assertThat(first.id()).isEqualTo("101127730");
    assertThat(first.title()).isEqualTo("Rain");
    assertThat(first.illustType()).isEqualTo(IllustType.ILLUST);
    assertThat(first.userName()).isEqualTo("hayesmyeats");
    assertThat(first.pageCount()).isEqualTo(2);
    assertThat(first.tags()).containsExactly("SonnyBrisko", "AlbanKnox");
    assertThat(n.illusts().get(1).title()).isEqualTo("無題");
    assertThat(n.illusts().get(19).id()).isEqualTo("101127702");
    assertThat(n.other()).containsKeys("zoneConfig", "extraData");
  }

  @Test
  void newIllustsOmitsUnsetFilters() throws Exception {
    enqueueSeed("ajax/illust/new_lastId_0_limit_20_type_illust_r18_false.json");
    api().newIllusts(101127702, 20, null, null).blockingGet();
    assertRequest(takeRequest(), "GET", "/ajax/illust/new", Map.of("lastId", "101127702", "limit", "20"),
        "https://www.pixiv.net/");
  }

  @Test
  void addBookmarkPostsJsonWithCsrfToken() throws Exception {
    enqueueSeed("ajax/illusts/bookmarks/add.json");
    var result = api().addBookmark(BookmarkAddRequest.of(101026657)).blockingGet();

    assertPost(takeRequest(), "/ajax/illusts/bookmarks/add",
        "{\"comment\":\"\",\"illust_id\":\"101026657\",\"restrict\":0,\"tags\":[]}");
    assertThat(result.lastBookmarkId()).isEqualTo("17428346209");
    assertThat(result.staccStatusId()).isEqualTo("12378524087");
  }

  @Test
  void addBookmarkWritesPrivacyCommentAndTags() throws Exception {
    enqueueSeed("ajax/illusts/bookmarks/add.json");
    BookmarkAddRequest request =
        BookmarkAddRequest.of(100412238).withPrivate(true).withComment("いいね").withTags(List.of("明日方舟", "Arknights"));
    api().addBookmark(request).blockingGet();

    assertPost(takeRequest(), "/ajax/illusts/bookmarks/add",
        "{\"comment\":\"いいね\",\"illust_id\":\"100412238\",\"restrict\":1,\"tags\":[\"明日方舟\",\"Arknights\"]}");
  }

  @Test
  void likePostsJsonWithCsrfToken() throws Exception {
    enqueueSeed("ajax/illusts/like.json");
    assertThat(api().like(LikeRequest.of(101026657)).blockingGet().liked()).isTrue();
    assertPost(takeRequest(), "/ajax/illusts/like", "{\"illust_id\":\"101026657\"}");
  }

  private static void assertPost(RecordedRequest r, String path, String json) throws Exception {
    assertRequest(r, "POST", path, Map.of(), "https://www.pixiv.net/");
    assertThat(r.getHeader("x-csrf-token")).isEqualTo(CSRF);
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(PixivJson.mapper().readTree(r.getBody().readUtf8())).isEqualTo(PixivJson.mapper().readTree(json));
  }

  static Stream<Arguments> invalidCalls() {
    return Stream.of(
        call("id", a -> a.illust(0)),
        call("id", a -> a.pages(-1)),
        call("illust_id", a -> a.comments(0, 0, 3)),
        call("offset", a -> a.comments(100412238, -1, 3)),
        call("limit", a -> a.comments(100412238, 0, 0)),
        call("limit", a -> a.comments(100412238, 0, 101)),
        call("id", a -> a.recommendations(0, 2)),
        call("limit", a -> a.recommendations(100412238, 0)),
        call("lastId", a -> a.newIllusts(-1, 20, null, null)),
        call("limit", a -> a.newIllusts(0, 101, null, null)));
  }

  private static Arguments call(String param, Function<ArtworksApi, Object> call) {
    return Arguments.of(param, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void outOfRangeArgumentsFailBeforeAnyRequest(String param, Function<ArtworksApi, Object> call) {
    assertThatThrownBy(() -> call.apply(api()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(param + " must be");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void bookmarkRequestEnforcesPixivLimits() {
    assertThatThrownBy(() -> BookmarkAddRequest.of(0)).hasMessageStartingWith("illust_id must be >= 1");
    assertThatThrownBy(() -> LikeRequest.of(0)).hasMessageStartingWith("illust_id must be >= 1");
    BookmarkAddRequest ok = BookmarkAddRequest.of(1);
    assertThat(ok.withComment("字".repeat(140)).comment()).hasSize(140);
    assertThatThrownBy(() -> ok.withComment("字".repeat(141)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("comment must be at most 140");
    assertThat(ok.withTags(Collections.nCopies(10, "tag")).tags()).hasSize(10);
    assertThatThrownBy(() -> ok.withTags(Collections.nCopies(11, "tag")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tags must be at most 10");
    assertThatThrownBy(() -> ok.withTags(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loginOnlyEndpointsRefuseAnonymousSessionWithoutRequest() {
    try (PixivClient anonymous = PixivClient.builder().baseUrl(server.url("/").toString()).build()) {
      ArtworksApi a = anonymous.artworks();
      assertThatThrownBy(() -> a.recommendations(100412238, 2).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> a.addBookmark(BookmarkAddRequest.of(100412238)).blockingGet())
          .isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> a.like(LikeRequest.of(100412238)).blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
