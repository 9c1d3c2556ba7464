package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.artwork.CommentPage;
import io.github.pixivajax.core.model.extra.BookmarkEditResult;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExtraArtworksApiTest extends MockPixivTest {
  private static final String PIXIV = "https://www.pixiv.net/";

  private ArtworksApi api() {
    return client.artworks();
  }

  private void enqueueFixture(String name) {
    enqueueJson(Fixtures.resource("pixiv/extra/" + name));
  }

  @Test
  void ugoiraMetaDecodesZipsAndFrames() throws Exception {
    enqueueFixture("ugoira_meta.json");
    UgoiraMeta u = api().ugoiraMeta(110594811).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/illust/110594811/ugoira_meta", Map.of(),
        "https://www.pixiv.net/artworks/110594811");
    assertThat(u.src()).isEqualTo("https://i.pximg.net/img-zip-ugoira/img/2023/08/06/00/12/41/110594811_ugoira600x600.zip");
    assertThat(u.originalSrc()).endsWith("/110594811_ugoira1920x1080.zip");
    assertThat(u.mimeType()).isEqualTo("image/jpeg");
    assertThat(u.frames()).extracting(UgoiraMeta.Frame::file).containsExactly(
        "000000.jpg", "000001.jpg", "000002.jpg", "000003.jpg", "000004.jpg", "000005.jpg");
    assertThat(u.frames()).extracting(UgoiraMeta.Frame::delay).containsExactly(80, 80, 80, 120, 80, 160);
    assertThat(u.duration()).isEqualTo(Duration.ofMillis(600));
  }

  @Test
  void ugoiraMetaOfAWorkThatIsNoUgoiraIsPixivsApiError() {
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
        .setBody(Fixtures.resource("pixiv/extra/errors/ugoira_meta-not-ugoira.json")));
    Throwable t = catchThrowable(() -> api().ugoiraMeta(100412238).blockingGet());

    assertThat(t).isExactlyInstanceOf(PixivApiException.class);
    PixivApiException e = (PixivApiException) t;
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.pixivMessage()).isEqualTo("不正なリクエストです。");
    assertThat(e.endpoint()).isEqualTo("GET /ajax/illust/100412238/ugoira_meta");
  }

  @Test
  void ugoiraMetaOfADeletedWorkIsNotFoundEvenWithHttp200() {
    enqueueFixture("errors/ugoira_meta-deleted.json");
    Throwable t = catchThrowable(() -> api().ugoiraMeta(42).blockingGet());

    assertThat(t).isInstanceOf(PixivNotFoundException.class);
    assertThat(((PixivNotFoundException) t).pixivMessage()).startsWith("該当作品は削除されたか");
  }

  @Test
  void unlistedDecodesAsArtworkDetail() throws Exception {
    enqueueFixture("unlisted.json");
    IllustDetail d = api().unlisted("k9Tq3ZbW7xRmN2pLc4Vd").blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/illust/unlisted/k9Tq3ZbW7xRmN2pLc4Vd", Map.of(),
        "https://www.pixiv.net/artworks/unlisted/k9Tq3ZbW7xRmN2pLc4Vd");
    assertThat(d.id()).isEqualTo("109876543");
    assertThat(d.title()).isEqualTo("夏の終わりの下書き");
    assertThat(d.unlisted()).isTrue();
    assertThat(d.other()).containsEntry("unlistedId", "k9Tq3ZbW7xRmN2pLc4Vd");
    assertThat(d.illustType()).isEqualTo(IllustType.ILLUST);
    assertThat(d.userAccount()).isEqualTo("shirokuma_k");
    assertThat(d.createDate()).isEqualTo(OffsetDateTime.parse("2023-07-21T12:30:05Z"));
    assertThat(d.urls().original()).endsWith("/109876543_p0.png");
    assertThat(d.tags().tags()).hasSize(2);
    assertThat(d.viewCount()).isEqualTo(187);
    assertThat(d.bookStyle()).isZero();
  }

  @Test
  void commentRepliesSendsCommentIdAndPage() throws Exception {
    enqueueFixture("comments-replies.json");
    CommentPage page = api().commentReplies(160431870, 1).blockingGet();

    assertRequest(takeRequest(), "GET", "/ajax/illusts/comments/replies",
        Map.of("comment_id", "160431870", "page", "1"), PIXIV);
    assertThat(page.hasNext()).isFalse();
    assertThat(page.comments()).extracting(Comment::id).containsExactly("160433512", "160440027");
    Comment text = page.comments().get(0);
    assertThat(text.userName()).isEqualTo("しろくま工房");
    assertThat(text.comment()).isEqualTo("ありがとうございます！");
    assertThat(text.commentParentId()).isEqualTo("160431870");
    assertThat(text.replyToUserId()).isEqualTo("48233910");
    assertThat(text.replyToUserName()).isEqualTo("みかん箱");
    assertThat(text.commentDate()).isEqualTo(LocalDateTime.of(2023, 7, 22, 9, 14));
    assertThat(text.hasReplies()).isFalse();
    Comment stamp = page.comments().get(1);
    assertThat(stamp.comment()).isEmpty();
    assertThat(stamp.stampId()).isEqualTo("205");
  }

  @Test
  void deleteBookmarkPostsTheBookmarkIdAsAFormAndDecodesEmptyArrayBody() throws Exception {
    enqueueFixture("bookmarks-delete.json");
    BookmarkEditResult r = api().deleteBookmark(21837465021L).blockingGet();

    RecordedRequest req = takeRequest();
    assertWrite(req, "/ajax/illusts/bookmarks/delete", "application/x-www-form-urlencoded");
    assertThat(req.getBody().readUtf8()).isEqualTo("bookmark_id=21837465021");
    assertThat(r.other()).isEmpty();
  }

  @Test
  void removeBookmarksPostsBookmarkIdsAsJson() throws Exception {
    enqueueFixture("bookmarks-remove.json");
    BookmarkEditResult r = api().removeBookmarks(List.of("21837465021", "21837465022")).blockingGet();

    assertJsonWrite(takeRequest(), "/ajax/illusts/bookmarks/remove", "{\"bookmarkIds\":[\"21837465021\",\"21837465022\"]}");
    assertThat(r.other()).isEmpty();
  }

  @Test
  void editBookmarkRestrictPostsIdsAndRestrictAsJson() throws Exception {
    enqueueFixture("bookmarks-edit-restrict.json");
    BookmarkEditResult r = api().editBookmarkRestrict(List.of("21837465021"), BookmarkRestrict.PRIVATE).blockingGet();

    assertJsonWrite(takeRequest(), "/ajax/illusts/bookmarks/edit_restrict",
        "{\"bookmarkIds\":[\"21837465021\"],\"bookmarkRestrict\":\"private\"}");
    assertThat(r.other()).isEmpty();

    enqueueFixture("bookmarks-edit-restrict.json");
    api().editBookmarkRestrict(List.of("21837465021"), BookmarkRestrict.PUBLIC).blockingGet();
    assertJsonWrite(takeRequest(), "/ajax/illusts/bookmarks/edit_restrict",
        "{\"bookmarkIds\":[\"21837465021\"],\"bookmarkRestrict\":\"public\"}");
  }

  private static void assertWrite(RecordedRequest r, String path, String contentType) {
    assertRequest(r, "POST", path, Map.of(), PIXIV);
    assertThat(r.getHeader("x-csrf-token")).isEqualTo(CSRF);
    assertThat(r.getHeader("Content-Type")).startsWith(contentType);
  }

  private static void assertJsonWrite(RecordedRequest r, String path, String json) throws Exception {
    assertWrite(r, path, "application/json");
    assertThat(PixivJson.mapper().readTree(r.getBody().readUtf8())).isEqualTo(PixivJson.mapper().readTree(json));
  }

  static Stream<Arguments> invalidCalls() {
    List<String> tooMany = Collections.nCopies(101, "1");
    return Stream.of(
        call("id must be", a -> a.ugoiraMeta(0)),
        call("id must be ASCII letters and digits", a -> a.unlisted("")),
        call("id must be ASCII letters and digits", a -> a.unlisted("abc/def")),
        call("id must be ASCII letters and digits", a -> a.unlisted("k9Tq 3Zb")),
        call("comment_id must be", a -> a.commentReplies(0, 1)),
        call("page must be", a -> a.commentReplies(160431870, 0)),
        call("bookmarkId must be", a -> a.deleteBookmark(0)),
        call("bookmarkIds must hold 1 to 100", a -> a.removeBookmarks(List.of())),
        call("bookmarkIds must hold 1 to 100", a -> a.removeBookmarks(tooMany)),
        call("bookmarkIds must hold positive decimal ids", a -> a.removeBookmarks(List.of("12", "x1"))),
        call("bookmarkIds must hold 1 to 100", a -> a.editBookmarkRestrict(tooMany, BookmarkRestrict.PUBLIC)),
        call("bookmarkIds must hold positive decimal ids", a -> a.editBookmarkRestrict(List.of("0"), BookmarkRestrict.PUBLIC)));
  }

  private static Arguments call(String message, Function<ArtworksApi, Object> call) {
    return Arguments.of(message, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void invalidArgumentsFailBeforeAnyRequest(String message, Function<ArtworksApi, Object> call) {
    assertThatThrownBy(() -> call.apply(api()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void bookmarkWritesRefuseAnonymousSessionWithoutRequest() {
    try (PixivClient anonymous = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build()) {
      ArtworksApi a = anonymous.artworks();
      assertThatThrownBy(() -> a.deleteBookmark(1).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> a.removeBookmarks(List.of("1")).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> a.editBookmarkRestrict(List.of("1"), BookmarkRestrict.PRIVATE).blockingGet())
          .isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
