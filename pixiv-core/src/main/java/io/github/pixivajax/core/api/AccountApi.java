package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.extra.SettingsSelf;
import io.github.pixivajax.core.model.extra.WhoAmI;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.GET;

/**
 * The logged-in account.
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface AccountApi {
  /** {@code GET /ajax/settings/self}: the account's id, names, premium status and viewing settings. */
  @GET("ajax/settings/self")
  @LoginRequired
  Single<SettingsSelf> settingsSelf();

  /** {@code GET /ajax/settings/self}, reduced to who the session is logged in as. */
  default Single<WhoAmI> whoAmI() {
    return settingsSelf().map(SettingsSelf::whoAmI);
  }
}
