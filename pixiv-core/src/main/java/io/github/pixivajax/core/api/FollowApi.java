package io.github.pixivajax.core.api;

import io.github.pixivajax.core.model.WriteResult;
import io.reactivex.rxjava3.core.Single;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;

/**
 * Following users: follow, unfollow, and public or private following. These are writes: they go
 * through the client's limiter like every request, carry the CSRF token, and need a logged-in session.
 *
 * <p>Call the methods taking a user id; the overloads taking strings are the wire forms of pixiv's
 * legacy PHP endpoints (outside {@code /ajax}, answering without pixiv's envelope). Some accounts are
 * asked for a reCAPTCHA token before following, which fails with {@code
 * PixivRecaptchaRequiredException}.
 *
 * <pre>{@code
 * client.follow().follow(11, false).blockingGet();
 * }</pre>
 *
 * <p>Every method returns a cold {@link Single}: nothing is sent until subscription, each
 * subscription sends one request on the subscribing thread, and disposing cancels it. Failures are
 * {@code PixivException} subtypes.
 */
public interface FollowApi {
  /** {@code POST /bookmark_add.php}: follows the user, publicly or privately ({@code isPrivate}). */
  default Single<WriteResult> follow(long userId, boolean isPrivate) {
    return follow("add", "user", userId, "", isPrivate ? 1 : 0, "json");
  }

  /** {@code POST /bookmark_add.php}: the wire form of {@link #follow(long, boolean)}. */
  @FormUrlEncoded
  @POST("bookmark_add.php")
  @LoginRequired
  @NoEnvelope
  @Referer("https://www.pixiv.net/users/{user_id}")
  Single<WriteResult> follow(
      @Field("mode") String mode,
      @Field("type") String type,
      @Field("user_id") @Range(min = 1) long userId,
      @Field("tag") String tag,
      @Field("restrict") @Range(min = 0, max = 1) int restrict,
      @Field("format") String format);

  /** {@code POST /rpc_group_setting.php}: stops following the user. */
  default Single<WriteResult> unfollow(long userId) {
    return unfollow("del", "bookuser", userId);
  }

  /** {@code POST /rpc_group_setting.php}: the wire form of {@link #unfollow(long)}. */
  @FormUrlEncoded
  @POST("rpc_group_setting.php")
  @LoginRequired
  @NoEnvelope
  @Referer("https://www.pixiv.net/users/{id}")
  Single<WriteResult> unfollow(
      @Field("mode") String mode, @Field("type") String type, @Field("id") @Range(min = 1) long userId);

  /** {@code POST /rpc/index.php}: makes following the user private or public. */
  default Single<WriteResult> setPrivate(long userId, boolean isPrivate) {
    return restrictChange("following_user_restrict_change", userId, isPrivate ? 1 : 0);
  }

  /** {@code POST /rpc/index.php}: the wire form of {@link #setPrivate(long, boolean)}. */
  @FormUrlEncoded
  @POST("rpc/index.php")
  @LoginRequired
  @NoEnvelope
  @Referer("https://www.pixiv.net/users/{user_id}")
  Single<WriteResult> restrictChange(
      @Field("mode") String mode,
      @Field("user_id") @Range(min = 1) long userId,
      @Field("restrict") @Range(min = 0, max = 1) int restrict);
}
