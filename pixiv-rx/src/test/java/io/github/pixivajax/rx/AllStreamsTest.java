package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NovelSearchQuery;
import io.github.pixivajax.core.api.RankingMode;
import io.github.pixivajax.core.api.RequestWorkFilter;
import io.github.pixivajax.core.api.RequestWorkType;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.api.WorkKind;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.CommissionRequest;
import io.github.pixivajax.core.model.IllustSeries;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.core.model.UserSummary;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.feed.TumengPage;
import io.github.pixivajax.core.model.novel.NovelSeries;
import io.github.pixivajax.core.model.ranking.RankingItem;
import io.github.pixivajax.core.model.user.FollowUser;
import io.github.pixivajax.rx.internal.Args;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every paged stream of every area against {@link FakeFeeds}' pages: one page per demand, the end
 * condition (item count, first item, requests made), and resuming from an encoded cursor.
 */
class AllStreamsTest extends RxTestSupport {
  /**
   * @param path the prefix of the stream's own endpoint, counted per page
   * @param requests how many requests to {@code path} the whole stream makes; -1 for polls, which end
   *     when they stop bringing anything new
   */
  record Row(String name, Function<RxPixiv, Paged<?>> stream, String path, int items, String first, int requests) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row("search.artworks", rx -> rx.search().artworks(SearchQuery.of("原神")), "/ajax/search/artworks/", 150, "200000", 3),
        new Row("search.illustrations", rx -> rx.search().illustrations(SearchQuery.of("原神")), "/ajax/search/illustrations/", 150, "200000", 3),
        new Row("search.manga", rx -> rx.search().manga(SearchQuery.of("原神")), "/ajax/search/manga/", 150, "200000", 3),
        // Below the cap the sliced searches are the plain ones; pixiv-examples' SlicedSearchTest slices against a capped fake.
        new Row("search.slicedArtworks", rx -> rx.search().slicedArtworks(SearchQuery.of("原神")), "/ajax/search/artworks/", 150, "200000", 3),
        new Row("search.slicedIllustrations", rx -> rx.search().slicedIllustrations(SearchQuery.of("原神")), "/ajax/search/illustrations/", 150, "200000", 3),
        new Row("search.slicedManga", rx -> rx.search().slicedManga(SearchQuery.of("原神")), "/ajax/search/manga/", 150, "200000", 3),
        new Row("ranking.ranking", rx -> rx.ranking().ranking(RankingMode.DAILY, null, null), "/ranking.php", 150, "9000", 3),
        new Row("ranking.touchRanking", rx -> rx.ranking().touchRanking(RankingMode.DAILY, null, null), "/touch/ajax/ranking/illust", 100, "9000", 2),
        new Row("feeds.followLatest", rx -> rx.feeds().followLatest(ContentMode.ALL), "/ajax/follow_latest/illust", 15, "1000", 3),
        new Row("feeds.mypixivLatest", rx -> rx.feeds().mypixivLatest(), "/ajax/mypixiv_latest/illust", 15, "1000", 3),
        new Row("feeds.watchListManga", rx -> rx.feeds().watchListManga(), "/ajax/watch_list/manga", 10, "300", 3),
        new Row("feeds.newIllusts", rx -> rx.feeds().newIllusts(null, false), "/ajax/illust/new", 100, "1000", 6),
        new Row("feeds.tumeng", rx -> rx.feeds().tumeng(), "/ajax/linked_service/tumeng", 20, "100", 2),
        new Row("users.following", rx -> rx.users().following(9, Rest.SHOW), "/ajax/user/9/following", 50, "1", 3),
        new Row("users.followers", rx -> rx.users().followers(9), "/ajax/user/9/followers", 50, "1", 3),
        new Row("users.bookmarks", rx -> rx.users().bookmarks(9, "", Rest.SHOW), "/ajax/user/9/illusts/bookmarks", 100, "6000", 3),
        new Row("users.works", rx -> rx.users().works(9), "/ajax/user/9/profile/illusts", 180, "5030", 2),
        new Row("users.worksByTag", rx -> rx.users().worksByTag(9, WorkKind.MANGA, "原神"), "/ajax/user/9/manga/tag", 70, "8000", 2),
        new Row("artworks.comments", rx -> rx.artworks().comments(5), "/ajax/illusts/comments/roots", 120, "50000", 3),
        new Row("artworks.commentReplies", rx -> rx.artworks().commentReplies(77), "/ajax/illusts/comments/replies", 30, "60010", 3),
        new Row("artworks.recommendations", rx -> rx.artworks().recommendations(5), "/ajax/illust", 40, "7000", 3),
        new Row("requests.complete", rx -> rx.requests().complete(RequestWorkType.ILLUST, ContentMode.ALL),
            "/ajax/commission/page/request/complete/illust", 10, "10010", 2),
        new Row("requests.inProgress", rx -> rx.requests().inProgress(RequestWorkFilter.ALL, ContentMode.ALL),
            "/ajax/commission/page/request/in_progress/all", 10, "20010", 2),
        new Row("requests.creators", rx -> rx.requests().creators(RequestWorkType.MANGA, ContentMode.SAFE),
            "/ajax/commission/page/request/creators/manga", 10, "30010", 2),
        new Row("discovery.artworks", rx -> rx.discovery().artworks(ContentMode.ALL), "/ajax/discovery/artworks", 60, "1", -1),
        new Row("discovery.users", rx -> rx.discovery().users(), "/ajax/discovery/users", 30, "1", -1),
        new Row("series.series", rx -> rx.series().series(7), "/ajax/series/7", 30, "4001", 3),
        new Row("novels.seriesContent", rx -> rx.novels().seriesContent(5), "/ajax/novel/series_content/5", 70, "10001", 3),
        new Row("novels.newNovels", rx -> rx.novels().newNovels(false), "/ajax/novel/new", 100, "12000", 6),
        new Row("novels.followLatest", rx -> rx.novels().followLatest(ContentMode.ALL), "/ajax/follow_latest/novel", 15, "13000", 3),
        new Row("novels.search", rx -> rx.novels().search(NovelSearchQuery.of("novel")), "/ajax/search/novels/novel", 75, "14000", 3),
        new Row("novels.slicedSearch", rx -> rx.novels().slicedSearch(NovelSearchQuery.of("novel")), "/ajax/search/novels/novel", 75, "14000", 3),
        new Row("novels.searchSeries", rx -> rx.novels().searchSeries(NovelSearchQuery.of("series")), "/ajax/search/novels/series", 40, "15000", 2),
        new Row("novels.works", rx -> rx.novels().works(9), "/ajax/user/9/profile/novels", 130, "7130", 2),
        new Row("novels.bookmarks", rx -> rx.novels().bookmarks(9, "", Rest.SHOW), "/ajax/user/9/novels/bookmarks", 60, "16000", 3),
        new Row("novels.recommendations", rx -> rx.novels().recommendations(5), "/ajax/novel", 45, "17000", 3),
        new Row("novels.comments", rx -> rx.novels().comments(5), "/ajax/novels/comments/roots", 120, "18000", 3));
  }

  static String id(Object item) {
    if (item instanceof ArtworkThumbnail t) {
      return t.id();
    }
    if (item instanceof RankingItem r) {
      return r.illustId();
    }
    if (item instanceof RankedArtwork r) {
      return r.artwork().id();
    }
    if (item instanceof FollowUser u) {
      return u.userId();
    }
    if (item instanceof UserSummary u) {
      return u.userId();
    }
    if (item instanceof Comment c) {
      return c.id();
    }
    if (item instanceof CommissionRequest r) {
      return r.requestId();
    }
    if (item instanceof IllustSeries s) {
      return s.id();
    }
    if (item instanceof TumengPage.Work w) {
      return w.id();
    }
    if (item instanceof NovelThumbnail n) {
      return n.id();
    }
    if (item instanceof NovelSeries s) {
      return s.id();
    }
    throw new AssertionError("no id for " + item.getClass());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void fetchesOnePagePerDemand(Row row) {
    TestSubscriber<?> sub = row.stream().apply(rx).items().test(0);
    assertThat(server.getRequestCount()).as("subscribing sends nothing").isZero();
    sub.request(1);
    sub.awaitCount(1);
    assertThat(feeds.count(row.path())).as("one page for the first item").isEqualTo(1);
    assertThat(id(sub.values().get(0))).isEqualTo(row.first());
    sub.cancel();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void walksEveryPageThenEnds(Row row) {
    List<String> ids = row.stream().apply(rx).items().map(AllStreamsTest::id).toList().blockingGet();
    assertThat(ids).hasSize(row.items()).doesNotHaveDuplicates().startsWith(row.first());
    if (row.requests() >= 0) {
      assertThat(feeds.count(row.path())).as("requests to " + row.path()).isEqualTo(row.requests());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void resumesAfterTheFirstPageFromAnEncodedCursor(Row row) {
    Paged<?> paged = row.stream().apply(rx);
    assertThat(paged.name()).isEqualTo(row.name());
    List<String> whole = paged.items().map(AllStreamsTest::id).toList().blockingGet();
    Page<?> first = paged.pages().firstOrError().blockingGet();
    Cursor<?> cursor = Cursor.decode(first.cursor().encode());
    assertThat(cursor.resource()).isEqualTo(row.name());

    List<String> resumed = new ArrayList<>();
    first.items().forEach(item -> resumed.add(id(item)));
    rx.resume(cursor).items().map(AllStreamsTest::id).blockingForEach(resumed::add);
    if (row.requests() >= 0) {
      assertThat(resumed).isEqualTo(whole);
    } else {
      // Polls answer anew each time: the resumed stream goes on polling from the next poll, with its own
      // de-duplication, and ends when the polls bring nothing new.
      assertThat(cursor.position()).isEqualTo("poll=2");
      List<String> tail = resumed.subList(first.items().size(), resumed.size());
      assertThat(tail).isNotEmpty().doesNotHaveDuplicates().isSubsetOf(whole);
    }
    // The same cursor on the Paged it came from continues the same way.
    List<String> again = new ArrayList<>();
    first.items().forEach(item -> again.add(id(item)));
    paged.from(cursor).items().map(AllStreamsTest::id).blockingForEach(again::add);
    if (row.requests() >= 0) {
      assertThat(again).isEqualTo(whole);
    }
  }

  // Walks the rest of the stream once per page (a third of the suite's time): PIT (-Ppit) skips it, the
  // first-page resume above covers every resource.
  @Tag("exhaustive")
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void resumesFromTheCursorOfEveryPageAndEndsAfterTheLast(Row row) {
    if (row.requests() < 0) {
      return; // polls: covered above, each poll answers anew
    }
    Paged<?> paged = row.stream().apply(rx);
    List<? extends Page<?>> pages = paged.pages().toList().blockingGet();
    List<String> whole = new ArrayList<>();
    pages.forEach(p -> p.items().forEach(item -> whole.add(id(item))));
    assertThat(pages).hasSizeGreaterThan(1);
    int done = 0;
    for (int k = 0; k < pages.size(); k++) {
      Page<?> page = pages.get(k);
      done += page.items().size();
      Cursor<?> cursor = Cursor.decode(page.cursor().encode());
      List<String> rest = rx.resume(cursor).items().map(AllStreamsTest::id).toList().blockingGet();
      assertThat(rest).as("after page %d of %s", k + 1, row.name()).isEqualTo(whole.subList(done, whole.size()));
      assertThat(cursor.isEnd()).as("page %d is the last", k + 1).isEqualTo(k == pages.size() - 1);
    }
  }

  @Test
  void everyPagedMethodOfEveryAreaHasARow() {
    Set<String> declared = new TreeSet<>();
    for (Class<?> area : List.of(SearchStreams.class, RankingStreams.class, FeedStreams.class, UserStreams.class,
        ArtworkStreams.class, RequestStreams.class, DiscoveryStreams.class, SeriesStreams.class, NovelStreams.class)) {
      String prefix = area.getSimpleName().replace("Streams", "").toLowerCase(java.util.Locale.ROOT);
      Args.streams(area).keySet().forEach(m -> declared.add(prefix + "." + m));
    }
    Set<String> tested = new TreeSet<>(rows().map(Row::name).toList());
    // Area names are plural where PixivClient's are (users, feeds, artworks, requests).
    Set<String> normalized = new TreeSet<>();
    declared.forEach(n -> normalized.add(n.replaceFirst("^(user|feed|artwork|request|novel)\\.", "$1s.")));
    assertThat(tested).isEqualTo(normalized);
  }

  @Test
  void cursorsOfAnotherStreamAreRejected() {
    Cursor<?> bookmarks = rx.users().bookmarks(9, "", Rest.SHOW).pages().firstOrError().blockingGet().cursor();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rx.users().bookmarks(10, "", Rest.SHOW).from(bookmarks))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users.bookmarks");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rx.users().following(9, Rest.SHOW).from(bookmarks))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users.following");
  }

  @Test
  void aCursorWithABadParameterIsRejectedBeforeAnyRequest() {
    Cursor<?> good = rx.users().followers(9).pages().firstOrError().blockingGet().cursor();
    int before = server.getRequestCount();
    Cursor<?> bad = Cursor.decode(new Cursor<>("users.followers", java.util.Map.of("userId", "nine"), good.position()).encode());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rx.resume(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    Cursor<?> zero = new Cursor<>("users.followers", java.util.Map.of("userId", "0"), good.position());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rx.resume(zero)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThat(server.getRequestCount()).isEqualTo(before);
  }
}
