package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.extra.SeriesPage;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Manga series.
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface SeriesApi {
  /**
   * {@code GET /ajax/series/{id}}: page {@code p} of a manga series' works, newest first, with the
   * series in {@code illustSeries}, its works in {@code thumbnails} and its author in {@code users}.
   */
  @GET("ajax/series/{id}")
  Single<Feed<SeriesPage>> series(@Path("id") @Range(min = 1) long id, @Query("p") @Range(min = 1) int p);
}
