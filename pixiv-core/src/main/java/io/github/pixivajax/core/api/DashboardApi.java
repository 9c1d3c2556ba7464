package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.Feed;
import io.github.pixivajax.core.model.dashboard.DashboardHome;
import io.github.pixivajax.core.model.dashboard.DashboardSettings;
import io.github.pixivajax.core.model.dashboard.IllustRequestStrategy;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.GET;

/**
 * The account's creator dashboard: home, settings, request strategy.
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface DashboardApi {
  /** {@code GET /ajax/dashboard/home}: the account's statistics, contests and anniversary works, with their store. */
  @LoginRequired
  @GET("ajax/dashboard/home")
  Single<Feed<DashboardHome>> home();

  /** {@code GET /ajax/dashboard/settings}: the dashboard's display settings. */
  @LoginRequired
  @GET("ajax/dashboard/settings")
  Single<DashboardSettings> settings();

  /** {@code GET /ajax/dashboard/works/illust/request_strategy}: the account's illustrations, series, drafts and scheduled posts as the request-strategy view lists them. */
  @LoginRequired
  @GET("ajax/dashboard/works/illust/request_strategy")
  Single<Feed<IllustRequestStrategy>> illustRequestStrategy();
}
