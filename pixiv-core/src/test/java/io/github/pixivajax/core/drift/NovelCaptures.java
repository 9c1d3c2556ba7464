package io.github.pixivajax.core.drift;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.NovelThumbnail;
import io.github.pixivajax.core.model.artwork.Comment;
import io.github.pixivajax.core.model.artwork.CommentPage;
import io.github.pixivajax.core.model.artwork.LikeResult;
import io.github.pixivajax.core.model.extra.BookmarkEditResult;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Drift cases for our novel fixtures under {@code src/test/resources/pixiv/novel}, written from the
 * field names public pixiv clients read; {@link NovelDriftTest} runs them.
 */
final class NovelCaptures {
  static final String ROOT = "pixiv/novel/";

  private NovelCaptures() {}

  static List<CaptureCase> cases() {
    return List.of(
        of("novel.json", NovelDetail.class, d -> concat(
            List.of(d.id(), d.userId(), d.seriesNavData().seriesId(), d.seriesNavData().next().id()),
            List.copyOf(d.textEmbeddedImages().keySet()), List.copyOf(d.userNovels().keySet()))),
        // Keyed by ILLUST-PAGE, which the drift does not recognise as data: count the keys of that form.
        CaptureCase.of(ROOT + "insert-illusts.json", new TypeReference<Map<String, InsertedIllust>>() {}.getType(),
            v -> ((Map<?, ?>) v).keySet().stream().map(String::valueOf).filter(k -> k.matches("[0-9]+-[0-9]+")).toList()),
        of("series.json", NovelSeries.class, s -> List.of(s.id(), s.userId(), s.firstNovelId(), s.latestNovelId())),
        CaptureCase.of(ROOT + "series-content.json", new TypeReference<Feed<SeriesContentPage>>() {}.getType(),
            v -> feedIds((Feed<?>) v, ((SeriesContentPage) ((Feed<?>) v).page()).ids())),
        CaptureCase.of(ROOT + "content-titles.json", new TypeReference<List<SeriesContentTitle>>() {}.getType(),
            v -> ((List<?>) v).stream().map(t -> ((SeriesContentTitle) t).id()).toList()),
        of("new.json", NewNovels.class, n -> concat(novelIds(n.novels()), List.of(n.lastId()))),
        CaptureCase.of(ROOT + "follow-latest.json", new TypeReference<Feed<FollowLatestPage>>() {}.getType(),
            v -> feedIds((Feed<?>) v, ((FollowLatestPage) ((Feed<?>) v).page()).ids())),
        CaptureCase.of(ROOT + "top.json", new TypeReference<Feed<TopPage>>() {}.getType(),
            v -> feedIds((Feed<?>) v, ((TopPage) ((Feed<?>) v).page()).recommend().ids())),
        CaptureCase.of(ROOT + "watch-list.json", new TypeReference<Feed<WatchListPage>>() {}.getType(),
            v -> feedIds((Feed<?>) v, ((WatchListPage) ((Feed<?>) v).page()).watchedSeriesIds())),
        of("search.json", SearchResult.class, r -> novelIds(r.novel().data())),
        of("search-series.json", NovelSeriesSearch.class, r -> r.series().data().stream().map(NovelSeries::id).toList()),
        of("bookmarks.json", NovelBookmarks.class, b -> concat(novelIds(b.works()),
            b.works().stream().map(w -> w.bookmarkData().id()).toList())),
        of("bookmark-tags.json", BookmarkTags.class,
            t -> List.of(String.valueOf(t.publicTags().size()), String.valueOf(t.privateTags().size()))),
        of("profile-novels.json", NovelProfileWorks.class, p -> List.copyOf(p.works().keySet())),
        of("recommend-init.json", NovelRecommendations.class, r -> concat(novelIds(r.novels()), r.nextIds())),
        of("recommend-novels.json", NovelRecommendations.class, r -> novelIds(r.novels())),
        of("comments-roots.json", CommentPage.class, c -> c.comments().stream().map(Comment::id).toList()),
        of("comments-replies.json", CommentPage.class, c -> c.comments().stream().map(Comment::id).toList()),
        of("bookmark-data.json", NovelBookmarkState.class, s -> List.of(s.bookmarkData().id())),
        of("bookmarks-add.json", NovelBookmarkAddResult.class, r -> List.of(r.bookmarkId())),
        of("bookmarks-add-already.json", NovelBookmarkAddResult.class, r -> List.of(String.valueOf(r.created()))),
        of("bookmarks-delete.json", BookmarkEditResult.class, DecodedAs::type),
        // is_liked is an optional scalar that drift nulls: nothing must survive but decoding.
        of("like.json", LikeResult.class, DecodedAs::type));
  }

  private static <T> CaptureCase of(String fixture, Class<T> type, Function<T, List<String>> ids) {
    return CaptureCase.of(ROOT + fixture, type, v -> ids.apply(type.cast(v)));
  }

  private static List<String> novelIds(List<NovelThumbnail> novels) {
    return novels.stream().map(NovelThumbnail::id).toList();
  }

  private static List<String> feedIds(Feed<?> feed, List<String> pageIds) {
    List<String> ids = new ArrayList<>(pageIds);
    feed.thumbnails().novel().forEach(n -> ids.add(n.id()));
    feed.users().forEach(u -> ids.add(u.userId()));
    return ids;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
