package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.extra.BookmarkTags;
import io.github.pixivajax.core.model.extra.ProfileTop;
import io.github.pixivajax.core.model.extra.ProfileWorks;
import io.github.pixivajax.core.model.extra.TaggedWorks;
import io.github.pixivajax.core.model.user.FollowList;
import io.github.pixivajax.core.model.user.UserBookmarks;
import io.github.pixivajax.core.model.user.UserExtra;
import io.github.pixivajax.core.model.user.UserInfo;
import io.github.pixivajax.core.model.user.UserLatestWorks;
import io.github.pixivajax.core.model.user.UserProfile;
import io.github.pixivajax.core.model.user.UserProfileAll;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import java.util.Map;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Users: profiles, following and followers, latest works, bookmarks, live streams, the account's extra data.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface UsersApi {
  /** {@code GET /ajax/user/{id}}: the user's name, avatar and the viewer's relation to them. */
  @GET("ajax/user/{id}")
  @Referer(Referer.MEMBER)
  Single<UserInfo> user(@Path("id") @Range(min = 1) long id);

  /** {@code GET /ajax/user/{id}?full=1}: the user with comment, social links, profile fields, workspace and groups. */
  @GET("ajax/user/{id}?full=1")
  @Referer(Referer.MEMBER)
  Single<UserProfile> userFull(@Path("id") @Range(min = 1) long id);

  /** {@code GET /ajax/user/{id}/profile/all}: the ids of all the user's works, their series, pickup and bookmark counts. */
  @GET("ajax/user/{id}/profile/all")
  @Referer(Referer.MEMBER)
  Single<UserProfileAll> profileAll(@Path("id") @Range(min = 1) long id);

  /** {@code GET /ajax/user/{id}/following}: a page of the users this user follows, with their latest works. */
  @LoginRequired
  @GET("ajax/user/{id}/following")
  Single<FollowList> following(
      @Path("id") @Range(min = 1) long id,
      @Query("offset") @Range(min = 0) int offset,
      @Query("limit") @Range(min = 1, max = 100) int limit,
      @Query("rest") Rest rest);

  /** {@code GET /ajax/user/{id}/followers}: a page of the users who follow this user. */
  @LoginRequired
  @GET("ajax/user/{id}/followers")
  Single<FollowList> followers(
      @Path("id") @Range(min = 1) long id,
      @Query("offset") @Range(min = 0) int offset,
      @Query("limit") @Range(min = 1, max = 100) int limit);

  /** {@code GET /ajax/user/{id}/works/latest}: the user's artwork and novel ids, the newest with thumbnails. */
  @GET("ajax/user/{id}/works/latest")
  Single<UserLatestWorks> latestWorks(@Path("id") @Range(min = 1) long id);

  /** {@code GET /ajax/user/{id}/illusts/bookmarks}: a page of the user's artwork bookmarks with bookmark tag {@code tag} ({@code ""}: all). */
  @LoginRequired
  @GET("ajax/user/{id}/illusts/bookmarks")
  Single<UserBookmarks> bookmarks(
      @Path("id") @Range(min = 1) long id,
      @Query("tag") String tag,
      @Query("offset") @Range(min = 0) int offset,
      @Query("limit") @Range(min = 1, max = 100) int limit,
      @Query("rest") Rest rest);

  /** {@code GET /ajax/user/extra}: the logged-in account's following, follower and My pixiv counts. */
  @LoginRequired
  @GET("ajax/user/extra")
  Single<UserExtra> extra();

  /** {@code GET /ajax/sketch/live/following}: followed users' pixiv Sketch live streams, untyped (no capture shows one yet). */
  @LoginRequired
  @GET("ajax/sketch/live/following")
  Single<List<Map<String, Object>>> liveFollowing();

  /** {@code GET /ajax/user/{id}/profile/top}: the user's newest illustrations, manga and novels, keyed by id. */
  @GET("ajax/user/{id}/profile/top")
  @Referer("https://www.pixiv.net/users/{id}")
  Single<ProfileTop> profileTop(@Path("id") @Range(min = 1) long id);

  /**
   * {@code GET /ajax/user/{id}/profile/illusts}: thumbnails for 1 to 100 of the user's work ids (from
   * {@link #profileAll}), keyed by id; {@code firstPage} is pixiv's {@code is_first_page}.
   */
  default Single<ProfileWorks> profileIllusts(long id, List<String> ids, WorkCategory category, boolean firstPage) {
    return profileIllusts(id, WorkId.array("ids", ids), category, firstPage ? 1 : 0);
  }

  /** {@code GET /ajax/user/{id}/profile/illusts}: thumbnails for the user's works {@code ids}, keyed by id. */
  @GET("ajax/user/{id}/profile/illusts")
  @Referer("https://www.pixiv.net/users/{id}")
  Single<ProfileWorks> profileIllusts(
      @Path("id") @Range(min = 1) long id,
      @Query("ids[]") WorkId[] ids,
      @Query("work_category") WorkCategory category,
      @Query("is_first_page") @Range(min = 0, max = 1) int isFirstPage);

  /** {@code GET /ajax/user/{id}/{kind}/tag}: a page of the user's works of {@code kind} tagged {@code tag}, and their total. */
  @GET("ajax/user/{id}/{kind}/tag")
  @Referer("https://www.pixiv.net/users/{id}")
  Single<TaggedWorks> worksByTag(
      @Path("id") @Range(min = 1) long id,
      @Path("kind") WorkKind kind,
      @Query("tag") String tag,
      @Query("offset") @Range(min = 0) int offset,
      @Query("limit") @Range(min = 1, max = 100) int limit);

  /** {@code GET /ajax/user/{id}/illusts/bookmark/tags}: the user's artwork bookmark tags with counts, public and private. */
  @LoginRequired
  @GET("ajax/user/{id}/illusts/bookmark/tags")
  @Referer("https://www.pixiv.net/users/{id}")
  Single<BookmarkTags> bookmarkTags(@Path("id") @Range(min = 1) long id);
}
