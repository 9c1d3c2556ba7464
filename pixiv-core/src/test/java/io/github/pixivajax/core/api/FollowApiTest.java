package io.github.pixivajax.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pixivajax.core.Fixtures;
import io.github.pixivajax.core.MockPixivTest;
import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivHtmlResponseException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRecaptchaRequiredException;
import io.github.pixivajax.core.model.WriteResult;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Following, unfollowing and follow visibility: pixiv's legacy PHP forms, outside the envelope. */
class FollowApiTest extends MockPixivTest {
  private FollowApi api() {
    return client.follow();
  }

  private void enqueueFixture(String name) {
    enqueueJson(Fixtures.resource("pixiv/follow/" + name));
  }

  private static void assertForm(RecordedRequest r, String path, String form, String referer) {
    assertRequest(r, "POST", path, Map.of(), referer);
    assertThat(r.getHeader("x-csrf-token")).isEqualTo(CSRF);
    assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(r.getHeader("Cookie")).contains("PHPSESSID=");
    assertThat(r.getBody().readUtf8()).isEqualTo(form);
  }

  @Test
  void followPostsPixivsFormAndAcceptsTheBareEmptyArray() throws Exception {
    enqueueFixture("follow.json");
    WriteResult r = api().follow(2188232, false).blockingGet();

    assertForm(takeRequest(), "/bookmark_add.php",
        "mode=add&type=user&user_id=2188232&tag=&restrict=0&format=json", "https://www.pixiv.net/users/2188232");
    assertThat(r.other()).isEmpty();
  }

  @Test
  void privateFollowSendsRestrictOne() throws Exception {
    enqueueFixture("follow.json");
    api().follow(48233910, true).blockingGet();

    assertForm(takeRequest(), "/bookmark_add.php",
        "mode=add&type=user&user_id=48233910&tag=&restrict=1&format=json", "https://www.pixiv.net/users/48233910");
  }

  @Test
  void unfollowPostsDelBookuserAndKeepsWhatPixivEchoes() throws Exception {
    enqueueFixture("unfollow.json");
    WriteResult r = api().unfollow(2188232).blockingGet();

    assertForm(takeRequest(), "/rpc_group_setting.php", "mode=del&type=bookuser&id=2188232",
        "https://www.pixiv.net/users/2188232");
    assertThat(r.other()).containsEntry("type", "bookuser").containsEntry("id", "2188232");
  }

  @Test
  void visibilityChangePostsRestrictChange() throws Exception {
    enqueueFixture("restrict-change.json");
    api().setPrivate(2188232, true).blockingGet();
    assertForm(takeRequest(), "/rpc/index.php", "mode=following_user_restrict_change&user_id=2188232&restrict=1",
        "https://www.pixiv.net/users/2188232");

    enqueueFixture("restrict-change.json");
    api().setPrivate(2188232, false).blockingGet();
    assertForm(takeRequest(), "/rpc/index.php", "mode=following_user_restrict_change&user_id=2188232&restrict=0",
        "https://www.pixiv.net/users/2188232");
  }

  @Test
  void recaptchaDemandIsATypedExceptionSayingAClientCannotSolveIt() {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setBody(Fixtures.resource("pixiv/follow/errors/follow-recaptcha.json")));
    Throwable t = catchThrowable(() -> api().follow(2188232, false).blockingGet());

    assertThat(t).isInstanceOf(PixivRecaptchaRequiredException.class);
    PixivRecaptchaRequiredException e = (PixivRecaptchaRequiredException) t;
    assertThat(e.endpoint()).isEqualTo("POST /bookmark_add.php");
    assertThat(e.pixivMessage()).isEqualTo("recaptcha_enterprise_score_token is required");
    assertThat(e.getMessage()).contains("reCAPTCHA").contains("a client cannot solve it");
  }

  @Test
  void a400NamingRecaptchaIsNotRetriedWithAFreshCsrfToken() {
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "application/json")
        .setBody("{\"error\":true,\"message\":\"Invalid recaptcha token\",\"body\":[]}"));
    Throwable t = catchThrowable(() -> api().follow(2188232, true).blockingGet());

    assertThat(t).isInstanceOf(PixivRecaptchaRequiredException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void bare400FromBookmarkAddIsTheRecaptchaDemandEvenAfterTheCsrfRetry() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(400).setBody(""));
    server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/next-data.html")));
    server.enqueue(new MockResponse().setResponseCode(400).setBody(""));
    Throwable t = catchThrowable(() -> api().follow(2188232, false).blockingGet());

    assertThat(t).isInstanceOf(PixivRecaptchaRequiredException.class);
    assertThat(((PixivApiException) t).status()).isEqualTo(400);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void a400ElsewhereIsNoRecaptchaDemand() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(400).setBody(""));
    server.enqueue(new MockResponse().setBody(Fixtures.resource("csrf/next-data.html")));
    server.enqueue(new MockResponse().setResponseCode(400).setBody(""));
    Throwable t = catchThrowable(() -> api().unfollow(2188232).blockingGet());

    assertThat(t).isExactlyInstanceOf(PixivApiException.class);
  }

  @Test
  void pixivsErrorOutsideTheEnvelopeIsStillAnError() {
    enqueueJson("{\"error\":true,\"message\":\"ユーザーが見つかりません\",\"body\":[]}");
    Throwable t = catchThrowable(() -> api().follow(999999999, false).blockingGet());

    assertThat(t).isInstanceOf(PixivNotFoundException.class);
    assertThat(((PixivApiException) t).pixivMessage()).isEqualTo("ユーザーが見つかりません");
  }

  @Test
  void anHtmlAnswerIsTyped() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<!DOCTYPE html><html>login</html>"));
    assertThatThrownBy(() -> api().unfollow(11).blockingGet()).isInstanceOf(PixivHtmlResponseException.class);
  }

  @Test
  void invalidUserIdsFailBeforeAnyRequest() {
    for (Runnable call : List.<Runnable>of(
        () -> api().follow(0, false), () -> api().unfollow(-1), () -> api().setPrivate(0, true))) {
      assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be >= 1");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anonymousSessionsAreRefusedWithoutRequest() {
    try (PixivClient anonymous = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> anonymous.follow().follow(11, false).blockingGet()).isInstanceOf(PixivAuthException.class);
      assertThatThrownBy(() -> anonymous.follow().unfollow(11).blockingGet()).isInstanceOf(PixivAuthException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
