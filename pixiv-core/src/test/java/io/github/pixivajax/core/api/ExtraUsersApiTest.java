package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.IllustType;
import io.github.pixivajax.core.model.extra.BookmarkTags;
import io.github.pixivajax.core.model.extra.ProfileTop;
import io.github.pixivajax.core.model.extra.ProfileWorks;
import io.github.pixivajax.core.model.extra.TaggedWorks;
import io.reactivex.rxjava3.core.Single;
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

class ExtraUsersApiTest extends MockPixivTest {
  private static final String USER_PAGE = "https://www.pixiv.net/users/5130247";

  /** Serves our fixture {@code name}, calls the endpoint and returns the decoded body. */
  private <T> T fetch(String name, Function<UsersApi, Single<T>> call) {
    enqueueJson(Fixtures.resource("pixiv/extra/" + name));
    return call.apply(client.users()).blockingGet();
  }

  @Test
  void profileTopDecodesWorksKeyedById() throws Exception {
    ProfileTop top = fetch("profile-top.json", api -> api.profileTop(5130247));

    assertRequest(takeRequest(), "GET", "/ajax/user/5130247/profile/top", Map.of(), USER_PAGE);
    assertThat(top.illustIds()).containsExactly("110594811", "109876000");
    assertThat(top.mangaIds()).containsExactly("108112233");
    assertThat(top.novels()).isEmpty();
    ArtworkThumbnail ugoira = top.illusts().get("110594811");
    assertThat(ugoira.title()).isEqualTo("ゆらゆら");
    assertThat(ugoira.illustType()).isEqualTo(IllustType.UGOIRA);
    assertThat(ugoira.width()).isEqualTo(600);
    ArtworkThumbnail manga = top.manga().get("108112233");
    assertThat(manga.pageCount()).isEqualTo(8);
    assertThat(manga.seriesId()).isEqualTo("204518");
    assertThat(manga.seriesTitle()).isEqualTo("しろくま日和");
    assertThat(top.illusts().get("109876000").bookmarkData().id()).isEqualTo("21837465021");
    assertThat(top.other()).containsKeys("extraData", "zoneConfig", "requestPostWorks");
  }

  @Test
  void profileIllustsSendsEveryIdCategoryAndFirstPageFlag() throws Exception {
    ProfileWorks works = fetch("profile-illusts.json",
        api -> api.profileIllusts(5130247, List.of("110594811", "109876000", "108112233"), WorkCategory.ILLUST_MANGA, true));

    RecordedRequest r = takeRequest();
    assertThat(r.getRequestUrl().queryParameterValues("ids[]")).containsExactly("110594811", "109876000", "108112233");
    assertThat(r.getRequestUrl().queryParameter("work_category")).isEqualTo("illustManga");
    assertThat(r.getRequestUrl().queryParameter("is_first_page")).isEqualTo("1");
    assertThat(r.getRequestUrl().queryParameterNames()).containsExactlyInAnyOrder("ids[]", "work_category", "is_first_page");
    assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/ajax/user/5130247/profile/illusts");
    assertThat(r.getHeader("Referer")).isEqualTo(USER_PAGE);
    assertThat(works.works().keySet()).containsExactly("110594811", "109876000", "108112233");
    assertThat(works.artworks()).extracting(ArtworkThumbnail::title).containsExactly("ゆらゆら", "夕立", "しろくま日和 1");
    assertThat(works.artworks().get(1).tags()).containsExactly("オリジナル", "女の子", "雨");
    assertThat(works.artworks().get(1).createDate()).isEqualTo(OffsetDateTime.parse("2023-07-21T19:02:11+09:00"));
  }

  @Test
  void profileIllustsWritesFirstPageFalseAsZero() throws Exception {
    fetch("profile-illusts.json", api -> api.profileIllusts(5130247, List.of("108112233"), WorkCategory.MANGA, false));
    RecordedRequest r = takeRequest();
    assertThat(r.getRequestUrl().queryParameter("work_category")).isEqualTo("manga");
    assertThat(r.getRequestUrl().queryParameter("is_first_page")).isEqualTo("0");
  }

  @Test
  void worksByTagPutsTheKindIntoThePath() throws Exception {
    TaggedWorks works = fetch("illusts-tag.json", api -> api.worksByTag(5130247, WorkKind.ILLUSTS, "オリジナル", 0, 48));

    assertRequest(takeRequest(), "GET", "/ajax/user/5130247/illusts/tag",
        Map.of("tag", "オリジナル", "offset", "0", "limit", "48"), USER_PAGE);
    assertThat(works.total()).isEqualTo(2);
    assertThat(works.ids()).containsExactly("109876000", "110594811");
    assertThat(works.works().get(0).title()).isEqualTo("夕立");
    assertThat(works.works().get(0).userName()).isEqualTo("しろくま工房");

    fetch("illusts-tag.json", api -> api.worksByTag(5130247, WorkKind.ILLUST_MANGA, "しろくま", 48, 24));
    assertRequest(takeRequest(), "GET", "/ajax/user/5130247/illustmanga/tag",
        Map.of("tag", "しろくま", "offset", "48", "limit", "24"), USER_PAGE);
    fetch("illusts-tag.json", api -> api.worksByTag(5130247, WorkKind.MANGA, "漫画", 0, 1));
    assertThat(takeRequest().getRequestUrl().encodedPath()).isEqualTo("/ajax/user/5130247/manga/tag");
  }

  @Test
  void bookmarkTagsDecodesPublicAndPrivateCounts() throws Exception {
    BookmarkTags tags = fetch("bookmark-tags.json", api -> api.bookmarkTags(5130247));

    assertRequest(takeRequest(), "GET", "/ajax/user/5130247/illusts/bookmark/tags", Map.of(), USER_PAGE);
    assertThat(tags.publicTags()).extracting(BookmarkTags.Count::tag).containsExactly("未分類", "背景", "資料");
    assertThat(tags.publicTags()).extracting(BookmarkTags.Count::cnt).containsExactly(41, 7, 3);
    assertThat(tags.privateTags()).containsExactly(new BookmarkTags.Count("未分類", 2));
    assertThat(tags.tooManyBookmark()).isFalse();
    assertThat(tags.tooManyBookmarkTags()).isFalse();
  }

  static Stream<Arguments> invalidCalls() {
    return Stream.of(
        call("id must be", a -> a.profileTop(0)),
        call("id must be", a -> a.bookmarkTags(-1)),
        call("ids must hold 1 to 100", a -> a.profileIllusts(5130247, List.of(), WorkCategory.ILLUST, false)),
        call("ids must hold 1 to 100", a -> a.profileIllusts(5130247, Collections.nCopies(101, "1"), WorkCategory.ILLUST, false)),
        call("ids must hold positive decimal ids", a -> a.profileIllusts(5130247, List.of("12a"), WorkCategory.ILLUST, false)),
        call("id must be", a -> a.profileIllusts(0, List.of("1"), WorkCategory.ILLUST, false)),
        call("id must be", a -> a.worksByTag(0, WorkKind.ILLUSTS, "tag", 0, 48)),
        call("offset must be", a -> a.worksByTag(5130247, WorkKind.ILLUSTS, "tag", -1, 48)),
        call("limit must be", a -> a.worksByTag(5130247, WorkKind.ILLUSTS, "tag", 0, 0)),
        call("limit must be", a -> a.worksByTag(5130247, WorkKind.ILLUSTS, "tag", 0, 101)));
  }

  private static Arguments call(String message, Function<UsersApi, Object> call) {
    return Arguments.of(message, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void invalidArgumentsFailBeforeAnyRequest(String message, Function<UsersApi, Object> call) {
    assertThatThrownBy(() -> call.apply(client.users()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void bookmarkTagsRefuseAnonymousSessionWithoutRequest() {
    try (PixivClient anonymous = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> anonymous.users().bookmarkTags(5130247).blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
