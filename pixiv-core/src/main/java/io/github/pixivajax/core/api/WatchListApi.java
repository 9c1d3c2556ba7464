package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.WriteResult;
import io.reactivex.rxjava3.core.Single;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The series watch list: watch or unwatch a manga or novel series, and turn its update notifications
 * on or off. These are writes: they go through the client's limiter, carry the CSRF token and need a
 * logged-in session. pixiv's pages post an empty JSON object; the overloads taking a map are that wire
 * form.
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface WatchListApi {
  /** {@code POST /ajax/{kind}/series/{id}/watch}: adds the series to the watch list. */
  default Single<WriteResult> watch(SeriesKind kind, long seriesId) {
    return watch(kind, seriesId, Map.of());
  }

  /** {@code POST /ajax/{kind}/series/{id}/watch}: the wire form of {@link #watch(SeriesKind, long)}. */
  @POST("ajax/{kind}/series/{id}/watch")
  @LoginRequired
  Single<WriteResult> watch(
      @Path("kind") SeriesKind kind, @Path("id") @Range(min = 1) long seriesId, @Body Map<String, Object> empty);

  /** {@code POST /ajax/{kind}/series/{id}/unwatch}: removes the series from the watch list. */
  default Single<WriteResult> unwatch(SeriesKind kind, long seriesId) {
    return unwatch(kind, seriesId, Map.of());
  }

  /** {@code POST /ajax/{kind}/series/{id}/unwatch}: the wire form of {@link #unwatch(SeriesKind, long)}. */
  @POST("ajax/{kind}/series/{id}/unwatch")
  @LoginRequired
  Single<WriteResult> unwatch(
      @Path("kind") SeriesKind kind, @Path("id") @Range(min = 1) long seriesId, @Body Map<String, Object> empty);

  /** {@code POST /ajax/{kind}/series/{id}/watchlist/notification/turn_on|turn_off}: notifications of new episodes. */
  default Single<WriteResult> notifications(SeriesKind kind, long seriesId, boolean on) {
    return on ? notificationsOn(kind, seriesId, Map.of()) : notificationsOff(kind, seriesId, Map.of());
  }

  /** {@code POST /ajax/{kind}/series/{id}/watchlist/notification/turn_on}: the wire form of {@link #notifications}. */
  @POST("ajax/{kind}/series/{id}/watchlist/notification/turn_on")
  @LoginRequired
  Single<WriteResult> notificationsOn(
      @Path("kind") SeriesKind kind, @Path("id") @Range(min = 1) long seriesId, @Body Map<String, Object> empty);

  /** {@code POST /ajax/{kind}/series/{id}/watchlist/notification/turn_off}: the wire form of {@link #notifications}. */
  @POST("ajax/{kind}/series/{id}/watchlist/notification/turn_off")
  @LoginRequired
  Single<WriteResult> notificationsOff(
      @Path("kind") SeriesKind kind, @Path("id") @Range(min = 1) long seriesId, @Body Map<String, Object> empty);
}
