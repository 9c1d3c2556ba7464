package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.artwork.ArtworkPage;
import io.github.pixivajax.core.model.artwork.BookmarkAddResult;
import io.github.pixivajax.core.model.artwork.CommentPage;
import io.github.pixivajax.core.model.artwork.LikeResult;
import io.github.pixivajax.core.model.artwork.NewIllusts;
import io.github.pixivajax.core.model.artwork.Recommendations;
import io.github.pixivajax.core.model.extra.BookmarkEditResult;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Artworks: details, pages, comments, recommendations, bookmarks and likes.
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface ArtworksApi {
  /** {@code GET /ajax/illust/{id}}: one artwork with its tags, counts, image URLs and author. */
  @GET("ajax/illust/{id}")
  @Referer(Referer.ARTWORK)
  Single<IllustDetail> illust(@Path("id") @Range(min = 1) long id);

  /** {@code GET /ajax/illust/{id}/pages}: every page of an artwork with its image URLs and size. */
  @GET("ajax/illust/{id}/pages")
  @Referer(Referer.ARTWORK)
  Single<List<ArtworkPage>> pages(@Path("id") @Range(min = 1) long id);

  /** {@code GET /ajax/illusts/comments/roots}: a page of an artwork's root comments, newest first. */
  @GET("ajax/illusts/comments/roots")
  @Referer("https://www.pixiv.net/artworks/{illust_id}")
  Single<CommentPage> comments(
      @Query("illust_id") @Range(min = 1) long illustId,
      @Query("offset") @Range(min = 0) int offset,
      @Query("limit") @Range(min = 1, max = 100) int limit);

  /** {@code GET /ajax/illust/{id}/recommend/init}: works related to an artwork, and ids of more. */
  @GET("ajax/illust/{id}/recommend/init")
  @Referer(Referer.ARTWORK)
  @LoginRequired
  Single<Recommendations> recommendations(
      @Path("id") @Range(min = 1) long id, @Query("limit") @Range(min = 1, max = 100) int limit);

  /**
   * {@code GET /ajax/illust/recommend/illusts}: details of recommended works by id, for the {@code
   * nextIds} that {@link #recommendations} returned (pixiv's pages ask for about 18 at a time).
   */
  @GET("ajax/illust/recommend/illusts")
  @LoginRequired
  Single<Recommendations> recommendedIllusts(@Query("illust_ids[]") List<String> illustIds);

  /** {@code GET /ajax/illust/new}: everyone's newest works before {@code lastId} (0: the newest). */
  @GET("ajax/illust/new")
  Single<NewIllusts> newIllusts(
      @Query("lastId") @Range(min = 0) long lastId,
      @Query("limit") @Range(min = 1, max = 100) int limit,
      @Query("type") @Nullable NewWorkType type,
      @Query("r18") @Nullable Boolean r18);

  /** {@code POST /ajax/illusts/bookmarks/add}: bookmarks an artwork; returns the new bookmark's id. */
  @POST("ajax/illusts/bookmarks/add")
  @LoginRequired
  Single<BookmarkAddResult> addBookmark(@Body BookmarkAddRequest request);

  /** {@code POST /ajax/illusts/like}: likes an artwork. */
  @POST("ajax/illusts/like")
  @LoginRequired
  Single<LikeResult> like(@Body LikeRequest request);

  /**
   * {@code GET /ajax/illust/{id}/ugoira_meta}: an ugoira's frame zips and frame delays; pixiv answers
   * with an error (a {@code PixivApiException}) when the work is not an ugoira.
   */
  @GET("ajax/illust/{id}/ugoira_meta")
  @Referer(Referer.ARTWORK)
  Single<UgoiraMeta> ugoiraMeta(@Path("id") @Range(min = 1) long id);

  /** {@code GET /ajax/illust/unlisted/{id}}: an unlisted artwork by its alphanumeric id, as {@link #illust} describes works. */
  default Single<IllustDetail> unlisted(String id) {
    return unlisted(new UnlistedId(id));
  }

  /** {@code GET /ajax/illust/unlisted/{id}}: an unlisted artwork by its alphanumeric id, as {@link #illust} describes works. */
  @GET("ajax/illust/unlisted/{id}")
  @Referer("https://www.pixiv.net/artworks/unlisted/{id}")
  Single<IllustDetail> unlisted(@Path("id") UnlistedId id);

  /**
   * {@code GET /ajax/illusts/comments/replies}: page {@code page} of the replies to a root comment
   * ({@code Comment.hasReplies}), oldest first.
   */
  @GET("ajax/illusts/comments/replies")
  Single<CommentPage> commentReplies(
      @Query("comment_id") @Range(min = 1) long commentId, @Query("page") @Range(min = 1) int page);

  /** {@code POST /ajax/illusts/bookmarks/delete}: deletes one bookmark by its bookmark id ({@code bookmarkData.id}). */
  @FormUrlEncoded
  @POST("ajax/illusts/bookmarks/delete")
  @LoginRequired
  Single<BookmarkEditResult> deleteBookmark(@Field("bookmark_id") @Range(min = 1) long bookmarkId);

  /** {@code POST /ajax/illusts/bookmarks/remove}: deletes 1 to 100 bookmarks by bookmark id. */
  default Single<BookmarkEditResult> removeBookmarks(List<String> bookmarkIds) {
    return removeBookmarks(new BookmarkRemoveRequest(bookmarkIds));
  }

  /** {@code POST /ajax/illusts/bookmarks/remove}: deletes 1 to 100 bookmarks by bookmark id. */
  @POST("ajax/illusts/bookmarks/remove")
  @LoginRequired
  Single<BookmarkEditResult> removeBookmarks(@Body BookmarkRemoveRequest request);

  /** {@code POST /ajax/illusts/bookmarks/edit_restrict}: makes 1 to 100 bookmarks public or private. */
  default Single<BookmarkEditResult> editBookmarkRestrict(List<String> bookmarkIds, BookmarkRestrict restrict) {
    return editBookmarkRestrict(new BookmarkRestrictRequest(bookmarkIds, restrict));
  }

  /** {@code POST /ajax/illusts/bookmarks/edit_restrict}: makes 1 to 100 bookmarks public or private. */
  @POST("ajax/illusts/bookmarks/edit_restrict")
  @LoginRequired
  Single<BookmarkEditResult> editBookmarkRestrict(@Body BookmarkRestrictRequest request);
}
