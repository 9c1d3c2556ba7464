package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.IllustDetail;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.GET;
import retrofit2.http.Path;

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
}
