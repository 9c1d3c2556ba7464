package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.core.model.artwork.CommentPage;
import io.github.pixivajax.core.model.extra.BookmarkTags;
import io.github.pixivajax.core.model.feed.FollowLatestPage;
import io.github.pixivajax.core.model.feed.TopPage;
import io.github.pixivajax.core.model.feed.WatchListPage;
import io.github.pixivajax.core.model.novel.InsertedIllust;
import io.github.pixivajax.core.model.novel.NewNovels;
import io.github.pixivajax.core.model.novel.NovelBookmarkAddResult;
import io.github.pixivajax.core.model.novel.NovelBookmarkState;
import io.github.pixivajax.core.model.novel.NovelBookmarks;
import io.github.pixivajax.core.model.novel.NovelDetail;
import io.github.pixivajax.core.model.novel.NovelProfileWorks;
import io.github.pixivajax.core.model.novel.NovelRecommendations;
import io.github.pixivajax.core.model.novel.NovelSeries;
import io.github.pixivajax.core.model.novel.NovelSeriesSearch;
import io.github.pixivajax.core.model.novel.SeriesContentPage;
import io.github.pixivajax.core.model.novel.SeriesContentTitle;
import io.github.pixivajax.core.model.search.SearchResult;
import io.github.pixivajax.core.novel.NovelMarkup;
import io.reactivex.rxjava3.core.Single;
import java.nio.charset.StandardCharsets;
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

class NovelsApiTest extends MockPixivTest {
  private static final String NOVEL_PAGE = "https://www.pixiv.net/novel/show.php?id=19876543";
  private static final String SERIES_PAGE = "https://www.pixiv.net/novel/series/8263151";
  private static final ObjectMapper JSON = new ObjectMapper();

  private <T> T fetch(String name, Function<NovelsApi, Single<T>> call) {
    enqueueJson(Fixtures.resource("pixiv/novel/" + name));
    return call.apply(client.novels()).blockingGet();
  }

  @Test
  void novelDecodesTextMetadataSeriesAndEmbeddedImages() throws Exception {
    NovelDetail n = fetch("novel.json", api -> api.novel(19876543));

    assertRequest(takeRequest(), "GET", "/ajax/novel/19876543", Map.of(), NOVEL_PAGE);
    assertThat(n.id()).isEqualTo("19876543");
    assertThat(n.title()).isEqualTo("月下の図書館　第一話");
    assertThat(n.userName()).isEqualTo("月見里しずく");
    assertThat(n.content()).startsWith("[chapter:第一章　[[rb:月下 > げっか]]の扉]\n");
    assertThat(n.characterCount()).isEqualTo(4821);
    assertThat(n.wordCount()).isEqualTo(2210);
    assertThat(n.readingTime()).isEqualTo(578);
    assertThat(n.likeCount()).isEqualTo(201);
    assertThat(n.viewCount()).isEqualTo(3904);
    assertThat(n.aiType()).isEqualTo(1);
    assertThat(n.genre()).isEqualTo("2");
    assertThat(n.language()).isEqualTo("ja");
    assertThat(n.liked()).isTrue();
    assertThat(n.uploadDate()).isEqualTo(OffsetDateTime.parse("2023-05-03T09:12:40+09:00"));
    assertThat(n.bookmarkData().id()).isEqualTo("4511290833");
    assertThat(n.tagNames()).containsExactly("オリジナル", "ファンタジー", "図書館");
    assertThat(n.seriesNavData().seriesId()).isEqualTo("8263151");
    assertThat(n.seriesNavData().order()).isEqualTo(1);
    assertThat(n.seriesNavData().watched()).isTrue();
    assertThat(n.seriesNavData().prev()).isNull();
    assertThat(n.seriesNavData().next().id()).isEqualTo("19934021");
    assertThat(n.textEmbeddedImages().get("18736243").bestUrl()).endsWith("tei18736243_b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1.png");
    assertThat(n.userNovels()).containsKeys("20101010", "19934021", "19876543");
    assertThat(n.userNovels().get("20101010")).isNull();
    assertThat(n.userNovels().get("19934021").title()).isEqualTo("月下の図書館　第二話");
    assertThat(n.other()).containsKeys("suggestedSettings", "zoneConfig");
    assertThat(NovelMarkup.parse(n.content()).pixivImageIds()).containsExactly("108112233-2");
  }

  @Test
  void insertIllustsSendsEveryIllustPageAndDecodesVisibleAndHidden() throws Exception {
    Map<String, InsertedIllust> illusts = fetch("insert-illusts.json",
        api -> api.insertIllusts(19876543, List.of("108112233-2", "99999999")));

    RecordedRequest r = takeRequest();
    assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/ajax/novel/19876543/insert_illusts");
    assertThat(r.getRequestUrl().queryParameterValues("id[]")).containsExactly("108112233-2", "99999999-1");
    assertThat(r.getHeader("Referer")).isEqualTo(NOVEL_PAGE);
    InsertedIllust shown = illusts.get("108112233-2");
    assertThat(shown.visible()).isTrue();
    assertThat(shown.page()).isEqualTo(2);
    assertThat(shown.illust().title()).isEqualTo("しろくま日和 1");
    assertThat(shown.illust().bestUrl()).isEqualTo("https://i.pximg.net/img-original/img/2023/06/01/00/00/11/108112233_p1.png");
    InsertedIllust hidden = illusts.get("99999999-1");
    assertThat(hidden.visible()).isFalse();
    assertThat(hidden.illust()).isNull();
    assertThat(hidden.availableMessage()).contains("削除");
  }

  @Test
  void seriesDecodesCountsCoverAndFirstPart() throws Exception {
    NovelSeries s = fetch("series.json", api -> api.series(8263151));

    assertRequest(takeRequest(), "GET", "/ajax/novel/series/8263151", Map.of(), SERIES_PAGE);
    assertThat(s.title()).isEqualTo("月下の図書館");
    assertThat(s.caption()).isEqualTo("月の出る夜だけ開く図書館をめぐる連作。");
    assertThat(s.total()).isEqualTo(4);
    assertThat(s.publishedContentCount()).isEqualTo(3);
    assertThat(s.concluded()).isFalse();
    assertThat(s.watched()).isTrue();
    assertThat(s.firstNovelId()).isEqualTo("19876543");
    assertThat(s.latestNovelId()).isEqualTo("20101010");
    assertThat(s.tags()).containsExactly("オリジナル", "ファンタジー", "図書館");
    assertThat(s.coverUrl()).endsWith("sci8263151_0f1e2d3c4b5a69788796a5b4c3d2e1f0.jpg");
    assertThat(s.updateDate()).isEqualTo(OffsetDateTime.parse("2023-05-20T21:00:00+09:00"));
  }

  @Test
  void seriesContentAsksInSeriesOrderAfterLastOrder() throws Exception {
    Feed<SeriesContentPage> feed = fetch("series-content.json", api -> api.seriesContent(8263151, 30, 0));

    assertRequest(takeRequest(), "GET", "/ajax/novel/series_content/8263151",
        Map.of("limit", "30", "last_order", "0", "order_by", "asc"), SERIES_PAGE);
    assertThat(feed.page().ids()).containsExactly("19876543", "19934021", "20101010");
    SeriesContentPage.Entry second = feed.page().seriesContents().get(1);
    assertThat(second.order()).isEqualTo(2);
    assertThat(second.title()).isEqualTo("月下の図書館　第二話");
    assertThat(second.uploadTimestamp()).isEqualTo(1683630000L);
    assertThat(feed.novel("20101010").map(NovelThumbnail::title)).contains("月下の図書館　第三話");
    assertThat(feed.translate("図書館", "en")).contains("library");

    fetch("series-content.json", api -> api.seriesContent(8263151, 10, 30));
    assertThat(takeRequest().getRequestUrl().queryParameter("last_order")).isEqualTo("30");
  }

  @Test
  void contentTitlesListEveryPartIncludingUnavailable() throws Exception {
    List<SeriesContentTitle> titles = fetch("content-titles.json", api -> api.seriesContentTitles(8263151));

    assertRequest(takeRequest(), "GET", "/ajax/novel/series/8263151/content_titles", Map.of(), SERIES_PAGE);
    assertThat(titles).extracting(SeriesContentTitle::id).containsExactly("19876543", "19934021", "20101010", "20200000");
    assertThat(titles.get(3).available()).isFalse();
    assertThat(titles.get(3).title()).isNull();
  }

  @Test
  void newNovelsSendCursorAndDecodeSummaries() throws Exception {
    NewNovels page = fetch("new.json", api -> api.newNovels(21000010, 20, true));

    assertRequest(takeRequest(), "GET", "/ajax/novel/new",
        Map.of("lastId", "21000010", "limit", "20", "r18", "true"), "https://www.pixiv.net/");
    assertThat(page.lastId()).isEqualTo("21000002");
    assertThat(page.novels()).extracting(NovelThumbnail::title).containsExactly("雨宿りの喫茶店", "七月の灯台");
    NovelThumbnail lighthouse = page.novels().get(1);
    assertThat(lighthouse.xRestrict()).isEqualTo(1);
    assertThat(lighthouse.textCount()).isEqualTo(4821);
    assertThat(lighthouse.other()).containsEntry("genre", "2").containsEntry("language", "ja");

    fetch("new.json", api -> api.newNovels(0, 1, null));
    assertThat(takeRequest().getRequestUrl().queryParameterNames()).containsExactlyInAnyOrder("lastId", "limit");
  }

  @Test
  void followLatestTopAndWatchListAreFeedsOfNovels() throws Exception {
    Feed<FollowLatestPage> follow = fetch("follow-latest.json", api -> api.followLatest(ContentMode.R18, 2));
    assertRequest(takeRequest(), "GET", "/ajax/follow_latest/novel", Map.of("mode", "r18", "p", "2"), "https://www.pixiv.net/");
    assertThat(follow.page().ids()).containsExactly("21000003", "19934021");
    assertThat(follow.page().lastPage()).isFalse();
    assertThat(follow.novel("19934021").map(NovelThumbnail::seriesTitle)).contains("月下の図書館");
    assertThat(follow.users()).extracting(u -> u.userId()).containsExactly("31415926");

    Feed<TopPage> top = fetch("top.json", api -> api.top(ContentMode.ALL));
    assertRequest(takeRequest(), "GET", "/ajax/top/novel", Map.of("mode", "all"), "https://www.pixiv.net/");
    assertThat(top.page().recommend().ids()).containsExactly("19876543", "21000002");
    assertThat(top.page().ranking().ids()).containsExactly("19876543", "21000003");
    assertThat(top.page().follow()).containsExactly("21000003");

    Feed<WatchListPage> watch = fetch("watch-list.json", api -> api.watchList(1));
    assertRequest(takeRequest(), "GET", "/ajax/watch_list/novel", Map.of("p", "1"), "https://www.pixiv.net/");
    assertThat(watch.page().watchedSeriesIds()).containsExactly("8263151");
    assertThat(watch.page().total()).isEqualTo(1);
    assertThat(watch.thumbnails().novelSeries()).hasSize(1);
  }

  @Test
  void searchSendsEveryNovelFilter() throws Exception {
    NovelSearchQuery q = NovelSearchQuery.builder("図書館 ファンタジー").order(SearchOrder.DATE_DESC).mode(ContentMode.SAFE)
        .sMode(SearchMode.S_TAG).textLength(1000, 50000).wordCount(100, null).workLang("ja").aiType(1)
        .dates(java.time.LocalDate.of(2024, 1, 2), java.time.LocalDate.of(2024, 3, 4)).p(3).build();
    SearchResult r = fetch("search.json", api -> api.search(q));

    RecordedRequest req = takeRequest();
    assertThat(req.getRequestUrl().encodedPath()).isEqualTo("/ajax/search/novels/%E5%9B%B3%E6%9B%B8%E9%A4%A8%20%E3%83%95%E3%82%A1%E3%83%B3%E3%82%BF%E3%82%B8%E3%83%BC");
    assertRequest(req, "GET", "/ajax/search/novels/図書館 ファンタジー", Map.ofEntries(
        Map.entry("word", "図書館 ファンタジー"), Map.entry("order", "date_d"), Map.entry("mode", "safe"),
        Map.entry("s_mode", "s_tag"), Map.entry("gs", "0"), Map.entry("tlt", "1000"), Map.entry("tgt", "50000"),
        Map.entry("wlt", "100"), Map.entry("work_lang", "ja"), Map.entry("ai_type", "1"), Map.entry("scd", "2024-01-02"),
        Map.entry("ecd", "2024-03-04"), Map.entry("p", "3")),
        "https://www.pixiv.net/");
    assertThat(r.novel().total()).isEqualTo(2);
    assertThat(r.novel().lastPage()).isEqualTo(1);
    assertThat(r.novel().data()).extracting(NovelThumbnail::id).containsExactly("19876543", "21000002");
    assertThat(r.relatedTags()).containsExactly("ファンタジー", "図書館");
  }

  @Test
  void seriesSearchSetsGsAndDecodesSeries() throws Exception {
    NovelSeriesSearch r = fetch("search-series.json", api -> api.searchSeries(NovelSearchQuery.of("図書館")));

    assertRequest(takeRequest(), "GET", "/ajax/search/novels/図書館", Map.of("word", "図書館", "gs", "1"), "https://www.pixiv.net/");
    assertThat(r.series().data()).extracting(NovelSeries::title).containsExactly("月下の図書館", "星の目録");
    assertThat(r.series().data().get(1).cover()).isNull();
    assertThat(r.series().data().get(1).latestNovelId()).isEqualTo("21000010");
    assertThat(r.series().total()).isEqualTo(2);
  }

  @Test
  void bookmarksAndBookmarkTagsOfAUser() throws Exception {
    NovelBookmarks b = fetch("bookmarks.json", api -> api.bookmarks(11246082, "ファンタジー", 24, 24, Rest.HIDE));
    assertRequest(takeRequest(), "GET", "/ajax/user/11246082/novels/bookmarks",
        Map.of("tag", "ファンタジー", "offset", "24", "limit", "24", "rest", "hide"),
        "https://www.pixiv.net/users/11246082/bookmarks/novels");
    assertThat(b.total()).isEqualTo(2);
    assertThat(b.works()).extracting(w -> w.bookmarkData().id()).containsExactly("4511290833", "4511291000");

    BookmarkTags tags = fetch("bookmark-tags.json", api -> api.bookmarkTags(11246082));
    assertRequest(takeRequest(), "GET", "/ajax/user/11246082/novels/bookmark/tags", Map.of(),
        "https://www.pixiv.net/users/11246082/bookmarks/novels");
    assertThat(tags.publicTags()).extracting(BookmarkTags.Count::cnt).containsExactly(12, 4);
    assertThat(tags.privateTags()).containsExactly(new BookmarkTags.Count("未分類", 1));
  }

  @Test
  void userNovelsSendIdsAndFirstPageFlag() throws Exception {
    NovelProfileWorks w = fetch("profile-novels.json", api -> api.userNovels(11246082, List.of("20101010", "19876543"), true));

    RecordedRequest r = takeRequest();
    assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/ajax/user/11246082/profile/novels");
    assertThat(r.getRequestUrl().queryParameterValues("ids[]")).containsExactly("20101010", "19876543");
    assertThat(r.getRequestUrl().queryParameter("is_first_page")).isEqualTo("1");
    assertThat(r.getHeader("Referer")).isEqualTo("https://www.pixiv.net/users/11246082/novels");
    assertThat(w.novels()).extracting(NovelThumbnail::title).containsExactly("月下の図書館　第三話", "月下の図書館　第一話");
  }

  @Test
  void recommendationsThenNextIds() throws Exception {
    NovelRecommendations init = fetch("recommend-init.json", api -> api.recommendations(19876543, 20));
    assertRequest(takeRequest(), "GET", "/ajax/novel/19876543/recommend/init", Map.of("limit", "20"), NOVEL_PAGE);
    assertThat(init.novels()).extracting(NovelThumbnail::id).containsExactly("21000002", "21000003");
    assertThat(init.nextIds()).containsExactly("21000004", "21000005", "21000006");

    NovelRecommendations more = fetch("recommend-novels.json", api -> api.recommendedNovels(init.nextIds().subList(0, 2)));
    RecordedRequest r = takeRequest();
    assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/ajax/novel/recommend/novels");
    assertThat(r.getRequestUrl().queryParameterValues("novelIds[]")).containsExactly("21000004", "21000005");
    assertThat(more.novels()).extracting(NovelThumbnail::title).containsExactly("海辺の手紙", "冬の鉄道");
  }

  @Test
  void commentsAndReplies() throws Exception {
    CommentPage roots = fetch("comments-roots.json", api -> api.comments(19876543, 10, 3));
    assertRequest(takeRequest(), "GET", "/ajax/novels/comments/roots",
        Map.of("novel_id", "19876543", "offset", "10", "limit", "3"), NOVEL_PAGE);
    assertThat(roots.hasNext()).isTrue();
    assertThat(roots.comments().get(0).comment()).isEqualTo("続きが楽しみです！");
    assertThat(roots.comments().get(0).hasReplies()).isTrue();
    assertThat(roots.comments().get(1).stampId()).isEqualTo("301");

    CommentPage replies = fetch("comments-replies.json", api -> api.commentReplies(90000012, 1));
    assertRequest(takeRequest(), "GET", "/ajax/novels/comments/replies", Map.of("comment_id", "90000012", "page", "1"), "https://www.pixiv.net/");
    assertThat(replies.comments().get(0).commentParentId()).isEqualTo("90000012");
  }

  @Test
  void bookmarkDataOfTheViewer() throws Exception {
    NovelBookmarkState s = fetch("bookmark-data.json", api -> api.bookmarkData(19876543));
    assertRequest(takeRequest(), "GET", "/ajax/novel/19876543/bookmarkData", Map.of(), NOVEL_PAGE);
    assertThat(s.bookmarkable()).isTrue();
    assertThat(s.bookmarkData().id()).isEqualTo("4511290833");
    assertThat(s.bookmarkData().isPrivate()).isTrue();
  }

  @Test
  void addBookmarkPostsJsonWithCsrfAndReturnsTheNewId() throws Exception {
    NovelBookmarkAddResult r = fetch("bookmarks-add.json", api -> api.addBookmark(
        NovelBookmarkAddRequest.of(19876543).withPrivate(true).withComment("好き").withTags(List.of("ファンタジー", "再読"))));

    RecordedRequest req = takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getPath()).isEqualTo("/ajax/novels/bookmarks/add");
    assertThat(req.getHeader("x-csrf-token")).isEqualTo(CSRF);
    assertThat(req.getHeader("Content-Type")).startsWith("application/json");
    JsonNode body = JSON.readTree(req.getBody().readString(StandardCharsets.UTF_8));
    assertThat(body.get("novel_id").asText()).isEqualTo("19876543");
    assertThat(body.get("novel_id").isTextual()).isTrue();
    assertThat(body.get("restrict").asInt()).isEqualTo(1);
    assertThat(body.get("comment").asText()).isEqualTo("好き");
    assertThat(body.get("tags")).hasSize(2);
    assertThat(r.bookmarkId()).isEqualTo("4511299999");
    assertThat(r.created()).isTrue();

    NovelBookmarkAddResult again = fetch("bookmarks-add-already.json", api -> api.addBookmark(NovelBookmarkAddRequest.of(19876543)));
    takeRequest();
    assertThat(again.created()).isFalse();
    assertThat(again.bookmarkId()).isNull();
  }

  @Test
  void deleteBookmarkPostsTheForm() throws Exception {
    fetch("bookmarks-delete.json", api -> api.deleteBookmark(4511290833L));

    RecordedRequest req = takeRequest();
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getPath()).isEqualTo("/ajax/novels/bookmarks/delete");
    assertThat(req.getHeader("x-csrf-token")).isEqualTo(CSRF);
    assertThat(req.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(req.getBody().readUtf8()).isEqualTo("del=1&book_id=4511290833");
  }

  @Test
  void likePostsTheNovelId() throws Exception {
    var liked = fetch("like.json", api -> api.like(NovelLikeRequest.of(19876543)));

    RecordedRequest req = takeRequest();
    assertThat(req.getPath()).isEqualTo("/ajax/novels/like");
    assertThat(req.getHeader("x-csrf-token")).isEqualTo(CSRF);
    assertThat(req.getBody().readUtf8()).isEqualTo("{\"novel_id\":\"19876543\"}");
    assertThat(liked.liked()).isTrue();
  }

  static Stream<Arguments> invalidCalls() {
    return Stream.of(
        call("id must be", a -> a.novel(0)),
        call("id must be", a -> a.series(-1)),
        call("limit must be", a -> a.seriesContent(1, 31, 0)),
        call("limit must be", a -> a.seriesContent(1, 0, 0)),
        call("last_order must be", a -> a.seriesContent(1, 30, -1)),
        call("illustPages must hold 1 to 100", a -> a.insertIllusts(1, List.of())),
        call("id[] must look like", a -> a.insertIllusts(1, List.of("12-x"))),
        call("ids must hold 1 to 100", a -> a.userNovels(1, List.of(), false)),
        call("novelIds must hold 1 to 100", a -> a.recommendedNovels(Collections.nCopies(101, "1"))),
        call("offset must be", a -> a.comments(1, -1, 10)),
        call("limit must be", a -> a.bookmarks(1, "", 0, 101, Rest.SHOW)),
        call("lastId must be", a -> a.newNovels(-1, 20, null)),
        call("p must be", a -> a.followLatest(ContentMode.ALL, 0)));
  }

  private static Arguments call(String message, Function<NovelsApi, Object> call) {
    return Arguments.of(message, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalls")
  void invalidArgumentsFailBeforeAnyRequest(String message, Function<NovelsApi, Object> call) {
    assertThatThrownBy(() -> call.apply(client.novels()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void invalidRequestsAndQueriesNameTheParameter() {
    assertThatThrownBy(() -> NovelBookmarkAddRequest.of(0)).hasMessageStartingWith("novel_id must be >= 1");
    assertThatThrownBy(() -> NovelBookmarkAddRequest.of(1).withComment("x".repeat(141))).hasMessageStartingWith("comment must be at most 140");
    assertThatThrownBy(() -> NovelLikeRequest.of(-5)).hasMessageStartingWith("novel_id must be >= 1");
    assertThatThrownBy(() -> NovelSearchQuery.builder("x").textLength(10, 5).build()).hasMessageStartingWith("tlt (10) is greater than tgt (5)");
    assertThatThrownBy(() -> NovelSearchQuery.builder("x").p(0).build()).hasMessageStartingWith("p must be 1 to 5000");
    assertThatThrownBy(() -> NovelSearchQuery.builder("x").dates(java.time.LocalDate.of(2024, 2, 1), java.time.LocalDate.of(2024, 1, 1)).build())
        .hasMessageStartingWith("scd (2024-02-01) is after ecd (2024-01-01)");
    assertThatThrownBy(() -> NovelSearchQuery.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loginOnlyEndpointsRefuseAnAnonymousSessionWithoutRequest() {
    try (PixivClient anonymous = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build()) {
      NovelsApi api = anonymous.novels();
      assertThatThrownBy(() -> api.newNovels(0, 20, null).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> api.followLatest(ContentMode.ALL, 1).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> api.bookmarks(1, "", 0, 24, Rest.SHOW).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> api.like(NovelLikeRequest.of(1)).blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
