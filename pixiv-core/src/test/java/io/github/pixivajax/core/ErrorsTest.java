package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorsTest {
  MockWebServer server;
  PixivClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    client = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString()).readTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  Throwable fail(MockResponse response) {
    server.enqueue(response);
    return catchThrowable(() -> client.artworks().illust(42).blockingGet());
  }

  static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void errorTrueWithHttp200IsApiExceptionWithPixivsMessageAndEndpoint() {
    Throwable t = fail(json(200, "{\"error\":true,\"message\":\"何かがおかしい\",\"body\":[]}"));
    assertThat(t).isExactlyInstanceOf(PixivApiException.class);
    PixivApiException e = (PixivApiException) t;
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.pixivMessage()).isEqualTo("何かがおかしい");
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.path()).isEqualTo("/ajax/illust/42");
    assertThat(e.endpoint()).isEqualTo("GET /ajax/illust/42");
    assertThat(e).hasMessageContaining("GET /ajax/illust/42").hasMessageContaining("何かがおかしい");
  }

  @Test
  void errorTrueWithoutMessageStillFails() {
    Throwable t = fail(json(200, "{\"error\":true,\"body\":[]}"));
    assertThat(t).isExactlyInstanceOf(PixivApiException.class);
    assertThat(((PixivApiException) t).pixivMessage()).isNull();
  }

  @Test
  void pixivsNotFoundErrorIsNotFoundEvenWithHttp200() {
    Throwable t = fail(json(200, "{\"error\":true,\"message\":\"該当作品は削除されたか、存在しない作品IDです。\",\"body\":[]}"));
    assertThat(t).isInstanceOf(PixivNotFoundException.class);
  }

  @Test
  void http404IsNotFound() {
    Throwable t = fail(json(404, "{\"error\":true,\"message\":\"Work has been deleted or the ID does not exist.\",\"body\":[]}"));
    assertThat(t).isInstanceOf(PixivNotFoundException.class);
    PixivNotFoundException e = (PixivNotFoundException) t;
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.pixivMessage()).isEqualTo("Work has been deleted or the ID does not exist.");
    assertThat(e.bodySnippet()).contains("does not exist");
  }

  @Test
  void http401And403AreAuth() {
    assertThat(fail(json(401, "{\"error\":true,\"message\":\"Unauthorized\",\"body\":[]}"))).isInstanceOf(PixivAuthException.class);
    Throwable t = fail(json(403, "{\"error\":true,\"message\":\"\",\"body\":[]}"));
    assertThat(t).isInstanceOf(PixivAuthException.class);
    assertThat(((PixivAuthException) t).status()).isEqualTo(403);
  }

  @Test
  void http429CarriesRetryAfterSeconds() {
    Throwable t = fail(json(429, "{\"error\":true,\"message\":\"Rate limit\",\"body\":[]}").setHeader("Retry-After", "120"));
    assertThat(t).isInstanceOf(PixivRateLimitException.class);
    assertThat(((PixivRateLimitException) t).retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(((PixivRateLimitException) t).status()).isEqualTo(429);
  }

  @Test
  void http429CarriesRetryAfterHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(90));
    Throwable t = fail(json(429, "").setHeader("Retry-After", date));
    Duration d = ((PixivRateLimitException) t).retryAfter();
    assertThat(d).isNotNull();
    assertThat(d.getSeconds()).isBetween(80L, 91L);
  }

  @Test
  void http429WithoutRetryAfterHasNullRetryAfter() {
    Throwable t = fail(json(429, "<html><body>Too Many Requests</body></html>"));
    assertThat(((PixivRateLimitException) t).retryAfter()).isNull();
  }

  @Test
  void http5xxIsServerError() {
    Throwable t = fail(json(503, "<html><head><title>Maintenance</title></head><body>pixiv is under maintenance</body></html>"));
    assertThat(t).isInstanceOf(PixivServerException.class);
    PixivServerException e = (PixivServerException) t;
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.bodySnippet()).contains("Maintenance").doesNotContain("<html>");
  }

  @Test
  void otherStatusIsPlainApiException() {
    Throwable t = fail(json(400, "{\"error\":true,\"message\":\"bad\",\"body\":[]}"));
    assertThat(t).isExactlyInstanceOf(PixivApiException.class);
    assertThat(((PixivApiException) t).status()).isEqualTo(400);
  }

  @Test
  void htmlWhereJsonWasExpectedIsHtmlResponseExceptionWithShortSnippet() {
    String page = "<!DOCTYPE html><html><head><title>pixiv login</title><script>var x = 1;</script></head><body>"
        + "Please log in ".repeat(100) + "</body></html>";
    Throwable t = fail(new MockResponse().setBody(page).setHeader("Content-Type", "text/html"));
    assertThat(t).isInstanceOf(PixivHtmlResponseException.class);
    PixivHtmlResponseException e = (PixivHtmlResponseException) t;
    assertThat(e.endpoint()).isEqualTo("GET /ajax/illust/42");
    assertThat(e.bodySnippet()).startsWith("pixiv login").doesNotContain("var x").hasSizeLessThanOrEqualTo(201);
  }

  @Test
  void malformedJsonIsDecodeException() {
    Throwable t = fail(json(200, "{\"error\":false,\"body\":{\"id\":"));
    assertThat(t).isExactlyInstanceOf(PixivDecodeException.class).hasMessageContaining("GET /ajax/illust/42");
  }

  @Test
  void jsonWithoutEnvelopeIsDecodeException() {
    Throwable t = fail(json(200, "{\"id\":\"42\"}"));
    assertThat(t).isExactlyInstanceOf(PixivDecodeException.class).hasMessageContaining("envelope");
  }

  @Test
  void droppedConnectionIsNetworkExceptionWithIoCause() {
    Throwable t = fail(json(200, "{\"error\":false,\"body\":{\"id\":\"42\",\"title\":\"" + "x".repeat(5000) + "\"}}")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    assertThat(t).isInstanceOf(PixivNetworkException.class);
    assertThat(t.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void refusedConnectionIsNetworkException() throws Exception {
    String url = server.url("/").toString();
    server.shutdown();
    try (PixivClient dead = PixivClient.builder().rateLimit(0).baseUrl(url).build()) {
      Throwable t = catchThrowable(() -> dead.artworks().illust(1).blockingGet());
      assertThat(t).isInstanceOf(PixivNetworkException.class).hasCauseInstanceOf(IOException.class);
    }
  }
}
