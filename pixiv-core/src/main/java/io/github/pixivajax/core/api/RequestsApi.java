package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.request.CompletedRequestsPage;
import io.github.pixivajax.core.model.request.InProgressRequestsPage;
import io.github.pixivajax.core.model.request.RequestCreatorsPage;
import io.github.pixivajax.core.model.request.RequestOverviewPage;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * pixiv Requests (commissions): completed, in progress, and the creators taking them. Every page
 * lists ids; the requests, users and works they name are in the returned {@link Feed}'s store.
 *
 * <pre>{@code
 * Feed<CompletedRequestsPage> feed = client.requests().complete(RequestWorkType.MANGA, ContentMode.ALL, 1).blockingGet();
 * List<CommissionRequest> done = feed.requests(feed.page().requestIds());
 * }</pre>
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface RequestsApi {
  /** {@code GET /ajax/commission/page/request}: the Requests top page: recent requests, creators and their works. */
  @GET("ajax/commission/page/request")
  Single<Feed<RequestOverviewPage>> overview();

  /** {@code GET /ajax/commission/page/request/complete/{type}}: one page of completed requests of a kind of work. */
  @GET("ajax/commission/page/request/complete/{type}")
  Single<Feed<CompletedRequestsPage>> complete(
      @Path("type") RequestWorkType type, @Query("mode") ContentMode mode, @Query("p") @Range(min = 1) int p);

  /** {@code GET /ajax/commission/page/request/creators/{type}}: one page of creators who accept requests for a kind of work. */
  @GET("ajax/commission/page/request/creators/{type}")
  Single<Feed<RequestCreatorsPage>> creators(
      @Path("type") RequestWorkType type, @Query("mode") ContentMode mode, @Query("p") @Range(min = 1) int p);

  /** {@code GET /ajax/commission/page/request/in_progress/{type}}: one page of accepted requests not yet delivered. */
  @GET("ajax/commission/page/request/in_progress/{type}")
  Single<Feed<InProgressRequestsPage>> inProgress(
      @Path("type") RequestWorkFilter type, @Query("mode") ContentMode mode, @Query("p") @Range(min = 1) int p);
}
