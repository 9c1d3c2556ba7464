package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.discovery.DiscoveryMeta;
import io.github.pixivajax.core.model.discovery.RecommendedIllust;
import io.github.pixivajax.core.model.discovery.RecommendedUser;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * Discovery: recommended artworks and users, and their page metadata.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface DiscoveryApi {
  /** {@code GET /ajax/discovery/artworks}: up to {@code limit} recommended artworks, their thumbnails in the feed. */
  @LoginRequired
  @GET("ajax/discovery/artworks")
  Single<Feed<List<RecommendedIllust>>> artworks(
      @Query("mode") ContentMode mode, @Query("limit") @Range(min = 1, max = 100) int limit);

  /** {@code GET /ajax/discovery/users}: up to {@code limit} recommended users, their profiles and works in the feed. */
  @LoginRequired
  @GET("ajax/discovery/users")
  Single<Feed<List<RecommendedUser>>> users(@Query("limit") @Range(min = 1, max = 100) int limit);

  /** {@code GET /ajax/discovery/artworks/meta}: the Discovery artworks page's title and description. */
  @LoginRequired
  @GET("ajax/discovery/artworks/meta")
  Single<DiscoveryMeta> artworksMeta(@Query("mode") ContentMode mode);

  /** {@code GET /ajax/discovery/users/meta}: the Discovery users page's title and description. */
  @LoginRequired
  @GET("ajax/discovery/users/meta")
  Single<DiscoveryMeta> usersMeta();
}
