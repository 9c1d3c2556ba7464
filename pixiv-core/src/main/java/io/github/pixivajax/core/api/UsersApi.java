package io.github.pixivajax.core.api;

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
}
