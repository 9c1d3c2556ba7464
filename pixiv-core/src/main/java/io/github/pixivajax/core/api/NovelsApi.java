package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.Feed;
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
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * Novels: text and details, series, new and followed novels, search, bookmarks, recommendations,
 * comments, likes. Render a novel's {@code content} with {@link io.github.pixivajax.core.novel.NovelMarkup}.
 *
 * <pre>{@code
 * NovelDetail novel = client.novels().novel(22061342).blockingGet();
 * String text = NovelMarkup.parse(novel.content()).toPlainText();
 * }</pre>
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface NovelsApi {
  /** The most parts {@link #seriesContent} returns per request. */
  int SERIES_CONTENT_LIMIT = 30;

  /** {@code GET /ajax/novel/{id}}: one novel with its text (pixiv markup), metadata, counts and series place. */
  @GET("ajax/novel/{id}")
  @Referer(Referer.NOVEL)
  Single<NovelDetail> novel(@Path("id") @Range(min = 1) long id);

  /**
   * {@code GET /ajax/novel/{id}/insert_illusts}: the artwork pages the novel embeds with {@code
   * [pixivimage:ID-PAGE]}, keyed by {@code ID-PAGE}; 1 to 100 of them.
   */
  default Single<Map<String, InsertedIllust>> insertIllusts(long id, List<String> illustPages) {
    Objects.requireNonNull(illustPages, "illustPages == null");
    if (illustPages.isEmpty() || illustPages.size() > 100) {
      throw new IllegalArgumentException("illustPages must hold 1 to 100 ids but held " + illustPages.size());
    }
    return insertIllusts(id, illustPages.stream().map(IllustPageId::parse).toArray(IllustPageId[]::new));
  }

  /** {@code GET /ajax/novel/{id}/insert_illusts}: the embedded artwork pages, keyed by {@code ID-PAGE}. */
  @GET("ajax/novel/{id}/insert_illusts")
  @Referer(Referer.NOVEL)
  Single<Map<String, InsertedIllust>> insertIllusts(@Path("id") @Range(min = 1) long id, @Query("id[]") IllustPageId[] illustPages);

  /** {@code GET /ajax/novel/series/{id}}: a novel series: title, caption, part count, first and latest part, cover. */
  @GET("ajax/novel/series/{id}")
  @Referer(Referer.NOVEL_SERIES)
  Single<NovelSeries> series(@Path("id") @Range(min = 1) long id);

  /**
   * {@code GET /ajax/novel/series_content/{id}}: up to {@code limit} (≤ {@value #SERIES_CONTENT_LIMIT})
   * parts after the first {@code lastOrder} ones, in series order (pixiv's {@code order_by=asc}); a
   * page shorter than {@code limit} is the last.
   */
  @GET("ajax/novel/series_content/{id}?order_by=asc")
  @Referer(Referer.NOVEL_SERIES)
  Single<Feed<SeriesContentPage>> seriesContent(
      @Path("id") @Range(min = 1) long id,
      @Query("limit") @Range(min = 1, max = SERIES_CONTENT_LIMIT) int limit,
      @Query("last_order") @Range(min = 0) int lastOrder);

  /** {@code GET /ajax/novel/series/{id}/content_titles}: every part of the series by id and title, in order. */
  @GET("ajax/novel/series/{id}/content_titles")
  @Referer(Referer.NOVEL_SERIES)
  Single<List<SeriesContentTitle>> seriesContentTitles(@Path("id") @Range(min = 1) long id);

  /**
   * {@code GET /ajax/novel/new}: everyone's newest novels older than {@code lastId} (0: the newest);
   * {@code r18} null for pixiv's default.
   */
  @GET("ajax/novel/new")
  @LoginRequired
  Single<NewNovels> newNovels(
      @Query("lastId") @Range(min = 0) long lastId,
      @Query("limit") @Range(min = 1, max = 100) int limit,
      @Query("r18") @Nullable Boolean r18);

  /** {@code GET /ajax/follow_latest/novel}: page {@code p} of new novels by followed users; ids into {@code thumbnails.novel}. */
  @GET("ajax/follow_latest/novel")
  @LoginRequired
  Single<Feed<FollowLatestPage>> followLatest(@Query("mode") ContentMode mode, @Query("p") @Range(min = 1) int p);

  /** {@code GET /ajax/top/novel}: the novel top page's sections, as ids into the feed's novels and users. */
  @GET("ajax/top/novel")
  Single<Feed<TopPage>> top(@Query("mode") ContentMode mode);

  /** {@code GET /ajax/watch_list/novel}: page {@code p} of the novel series on the viewer's watch list. */
  @GET("ajax/watch_list/novel")
  @LoginRequired
  Single<Feed<WatchListPage>> watchList(@Query("p") @Range(min = 1) int p);

  /** {@code GET /ajax/search/novels/{word}}: 30 novels per page matching the query, in {@code novel}. */
  default Single<SearchResult> search(NovelSearchQuery query) {
    Objects.requireNonNull(query, "query == null");
    return search(query.searchWord(), query.queryMap(false));
  }

  /** {@code GET /ajax/search/novels/{word}}: novels matching the query, in {@code novel}. */
  @GET("ajax/search/novels/{word}")
  @Referer(Referer.PIXIV)
  Single<SearchResult> search(@Path(value = "word", encoded = true) SearchWord word, @QueryMap Map<String, String> query);

  /** {@code GET /ajax/search/novels/{word}?gs=1}: 30 series per page matching the query, grouped by series. */
  default Single<NovelSeriesSearch> searchSeries(NovelSearchQuery query) {
    Objects.requireNonNull(query, "query == null");
    return searchSeries(query.searchWord(), query.queryMap(true));
  }

  /** {@code GET /ajax/search/novels/{word}?gs=1}: series matching the query. */
  @GET("ajax/search/novels/{word}")
  @Referer(Referer.PIXIV)
  Single<NovelSeriesSearch> searchSeries(
      @Path(value = "word", encoded = true) SearchWord word, @QueryMap Map<String, String> query);

  /** {@code GET /ajax/user/{id}/novels/bookmarks}: a page of the user's novel bookmarks with bookmark tag {@code tag} ({@code ""}: all). */
  @GET("ajax/user/{id}/novels/bookmarks")
  @LoginRequired
  @Referer("https://www.pixiv.net/users/{id}/bookmarks/novels")
  Single<NovelBookmarks> bookmarks(
      @Path("id") @Range(min = 1) long userId,
      @Query("tag") String tag,
      @Query("offset") @Range(min = 0) int offset,
      @Query("limit") @Range(min = 1, max = 100) int limit,
      @Query("rest") Rest rest);

  /** {@code GET /ajax/user/{id}/novels/bookmark/tags}: the user's novel bookmark tags with counts. */
  @GET("ajax/user/{id}/novels/bookmark/tags")
  @LoginRequired
  @Referer("https://www.pixiv.net/users/{id}/bookmarks/novels")
  Single<BookmarkTags> bookmarkTags(@Path("id") @Range(min = 1) long userId);

  /**
   * {@code GET /ajax/user/{id}/profile/novels}: 1 to 100 of the user's novels by id (the keys of
   * {@code profileAll(id).novels()}); {@code firstPage} is pixiv's {@code is_first_page}.
   */
  default Single<NovelProfileWorks> userNovels(long userId, List<String> ids, boolean firstPage) {
    return userNovels(userId, WorkId.array("ids", ids), firstPage ? 1 : 0);
  }

  /** {@code GET /ajax/user/{id}/profile/novels}: the user's novels {@code ids}, keyed by id. */
  @GET("ajax/user/{id}/profile/novels")
  @Referer("https://www.pixiv.net/users/{id}/novels")
  Single<NovelProfileWorks> userNovels(
      @Path("id") @Range(min = 1) long userId,
      @Query("ids[]") WorkId[] ids,
      @Query("is_first_page") @Range(min = 0, max = 1) int isFirstPage);

  /** {@code GET /ajax/novel/{id}/recommend/init}: novels related to a novel, and ids of more. */
  @GET("ajax/novel/{id}/recommend/init")
  @Referer(Referer.NOVEL)
  Single<NovelRecommendations> recommendations(
      @Path("id") @Range(min = 1) long id, @Query("limit") @Range(min = 1, max = 100) int limit);

  /** {@code GET /ajax/novel/recommend/novels}: 1 to 100 recommended novels by id (the {@code nextIds} of {@link #recommendations}). */
  default Single<NovelRecommendations> recommendedNovels(List<String> novelIds) {
    return recommendedNovels(WorkId.array("novelIds", novelIds));
  }

  /** {@code GET /ajax/novel/recommend/novels}: recommended novels by id. */
  @GET("ajax/novel/recommend/novels")
  Single<NovelRecommendations> recommendedNovels(@Query("novelIds[]") WorkId[] novelIds);

  /** {@code GET /ajax/novels/comments/roots}: a page of a novel's root comments, newest first. */
  @GET("ajax/novels/comments/roots")
  @Referer("https://www.pixiv.net/novel/show.php?id={novel_id}")
  Single<CommentPage> comments(
      @Query("novel_id") @Range(min = 1) long novelId,
      @Query("offset") @Range(min = 0) int offset,
      @Query("limit") @Range(min = 1, max = 100) int limit);

  /** {@code GET /ajax/novels/comments/replies}: page {@code page} of the replies to a root comment, oldest first. */
  @GET("ajax/novels/comments/replies")
  Single<CommentPage> commentReplies(
      @Query("comment_id") @Range(min = 1) long commentId, @Query("page") @Range(min = 1) int page);

  /** {@code GET /ajax/novel/{id}/bookmarkData}: the viewer's bookmark on the novel, if any. */
  @GET("ajax/novel/{id}/bookmarkData")
  @LoginRequired
  @Referer(Referer.NOVEL)
  Single<NovelBookmarkState> bookmarkData(@Path("id") @Range(min = 1) long id);

  /** {@code POST /ajax/novels/bookmarks/add}: bookmarks a novel; the new bookmark's id, none when it already was. */
  @POST("ajax/novels/bookmarks/add")
  @LoginRequired
  Single<NovelBookmarkAddResult> addBookmark(@Body NovelBookmarkAddRequest request);

  /** {@code POST /ajax/novels/bookmarks/delete}: deletes a novel bookmark by its bookmark id ({@code bookmarkData.id}). */
  default Single<BookmarkEditResult> deleteBookmark(long bookmarkId) {
    return deleteBookmark(1, bookmarkId);
  }

  /** {@code POST /ajax/novels/bookmarks/delete}: form {@code del=1&book_id=…}. */
  @FormUrlEncoded
  @POST("ajax/novels/bookmarks/delete")
  @LoginRequired
  Single<BookmarkEditResult> deleteBookmark(
      @Field("del") @Range(min = 1, max = 1) int del, @Field("book_id") @Range(min = 1) long bookmarkId);

  /** {@code POST /ajax/novels/like}: likes a novel. */
  @POST("ajax/novels/like")
  @LoginRequired
  Single<LikeResult> like(@Body NovelLikeRequest request);
}
