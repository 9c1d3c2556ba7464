package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.misc.Notifications;
import io.github.pixivajax.core.model.misc.WebPushStatus;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.GET;

/**
 * Notifications and web-push settings.
 *
 * <p>Every method returns a cold {@link io.reactivex.rxjava3.core.Single}: nothing is sent until
 * subscription, each subscription sends one request on the subscribing thread, and disposing cancels
 * it. Failures are {@code PixivException} subtypes.
 */
public interface MiscApi {
  /** {@code GET /ajax/webpush}: the session's browser push-notification setting. */
  @GET("ajax/webpush")
  Single<WebPushStatus> webpush();

  /** {@code GET /ajax/notification}: the viewer's latest notifications and unread counts. */
  @GET("ajax/notification")
  @LoginRequired
  Single<Notifications> notifications();
}
