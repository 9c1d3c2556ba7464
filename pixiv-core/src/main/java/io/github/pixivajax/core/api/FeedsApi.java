package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.feed.FollowLatestPage;
import io.github.pixivajax.core.model.feed.TopPage;
import io.github.pixivajax.core.model.feed.TumengPage;
import io.github.pixivajax.core.model.feed.WatchListPage;
import io.reactivex.rxjava3.core.Single;
import org.jspecify.annotations.Nullable;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * Feeds: the top page, new works from followed users, the manga watch list, My pixiv, linked services.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface FeedsApi {
  /** {@code GET /ajax/top/illust}: the top page's sections as ids into the feed's artworks, users and requests. */
  @LoginRequired
  @GET("ajax/top/illust")
  Single<Feed<TopPage>> top(@Query("mode") ContentMode mode);

  /** {@code GET /ajax/follow_latest/illust}: a page of new artworks by the users the viewer follows. */
  @LoginRequired
  @GET("ajax/follow_latest/illust")
  Single<Feed<FollowLatestPage>> followLatest(@Query("mode") ContentMode mode, @Query("p") @Range(min = 1) int p);

  /** {@code GET /ajax/watch_list/manga}: a page of the manga series on the viewer's watch list. */
  @LoginRequired
  @GET("ajax/watch_list/manga")
  Single<Feed<WatchListPage>> watchListManga(@Query("p") @Range(min = 1) int p);

  /** {@code GET /ajax/mypixiv_latest/illust}: a page of new artworks by the viewer's My pixiv friends. */
  @LoginRequired
  @GET("ajax/mypixiv_latest/illust")
  Single<Feed<FollowLatestPage>> mypixivLatest(@Query("p") @Range(min = 1) int p);

  /** {@code GET /ajax/linked_service/tumeng}: the viewer's Tumeng link and a page ({@code null}: the first) of shared works. */
  @LoginRequired
  @GET("ajax/linked_service/tumeng")
  Single<Feed<TumengPage>> tumeng(@Query("page") @Nullable @Range(min = 1) Integer page);
}
