package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** A server that answers with the wrong shapes, sizes and speeds: every outcome is a typed failure. */
class HostileServerTest extends MockPixivTest {
  @Override
  protected boolean loggedIn() {
    return false;
  }

  @Test
  void nonEmptyArrayWhereAnObjectIsDeclaredIsADecodeError() {
    server.enqueue(new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":[1,2,3]}"));
    Throwable t = catchThrowable(() -> client.create(TestApi.class).thing(1).blockingGet());
    assertThat(t).isInstanceOf(PixivDecodeException.class).hasMessageContaining("non-empty array");
  }

  @Test
  void callTimeoutIsSixtySecondsByDefault() {
    assertThat(client.httpClient().callTimeoutMillis()).isEqualTo(60_000);
    try (PixivClient off = PixivClient.builder().callTimeout(java.time.Duration.ZERO).build()) {
      assertThat(off.httpClient().callTimeoutMillis()).isZero();
    }
  }

  @Test
  void tricklingServerIsCutOffByTheCallTimeout() {
    try (PixivClient bounded = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString())
        .callTimeout(java.time.Duration.ofMillis(700)).build()) {
      // One byte every 200 ms never trips the read timeout; only the call timeout ends it.
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\"}}" + " ".repeat(200))
          .throttleBody(1, 200, java.util.concurrent.TimeUnit.MILLISECONDS));
      Throwable t = catchThrowable(() -> bounded.create(TestApi.class).thing(1).blockingGet());
      assertThat(t).isInstanceOf(PixivNetworkException.class).hasMessageContaining("timeout");
    }
  }

  @Test
  void callTimeoutDoesNotCountTheWaitForARatePermit() throws Exception {
    RequestLimiter slow = new RequestLimiter() {
      @Override
      public void acquire() throws InterruptedException {
        Thread.sleep(1200);
      }

      @Override
      public java.time.Duration rateLimited(java.time.@org.jspecify.annotations.Nullable Duration retryAfter) {
        return java.time.Duration.ZERO;
      }

      @Override
      public void succeeded() {}

      @Override
      public java.time.Duration remainingPause() {
        return java.time.Duration.ZERO;
      }
    };
    try (PixivClient paced = PixivClient.builder().requestLimiter(slow).baseUrl(server.url("/").toString())
        .callTimeout(java.time.Duration.ofMillis(800)).build()) {
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"7\"}}"));
      assertThat(paced.create(TestApi.class).thing(1).blockingGet().id()).isEqualTo("7");
    }
  }

  @Test
  void contentLengthAboveTheLimitFailsBeforeReading() {
    try (PixivClient small = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString())
        .maxResponseSize(2048).build()) {
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\",\"name\":\"" + "x".repeat(5000) + "\"}}"));
      Throwable t = catchThrowable(() -> small.create(TestApi.class).thing(1).blockingGet());
      assertThat(t).isInstanceOf(PixivResponseTooLargeException.class).hasMessageContaining("2048 bytes");
      assertThat(((PixivResponseTooLargeException) t).limit()).isEqualTo(2048);
    }
  }

  @Test
  void chunkedBodyAboveTheLimitFailsWhileReading() {
    try (PixivClient small = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString())
        .maxResponseSize(4096).build()) {
      server.enqueue(new MockResponse().setChunkedBody(
          "{\"error\":false,\"body\":{\"id\":\"1\",\"name\":\"" + "x".repeat(200_000) + "\"}}", 1024));
      Throwable t = catchThrowable(() -> small.create(TestApi.class).thing(1).blockingGet());
      assertThat(t).isInstanceOf(PixivResponseTooLargeException.class).hasMessageContaining("4096 bytes");
    }
  }

  @Test
  void bodyJustUnderTheLimitDecodes() {
    try (PixivClient small = PixivClient.builder().rateLimit(0).baseUrl(server.url("/").toString())
        .maxResponseSize(4096).build()) {
      server.enqueue(new MockResponse().setChunkedBody(
          "{\"error\":false,\"body\":{\"id\":\"1\",\"name\":\"" + "x".repeat(3000) + "\"}}", 512));
      assertThat(small.create(TestApi.class).thing(1).blockingGet().name()).hasSize(3000);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
    "120|PT2M",
    "0|PT0S",
    "99999999999|PT27777777H46M39S",
    "999999999999999999999999|PT277777777H46M39S",
    "-5|",
    "soon|",
    "Thu, 01 Jan 1970 00:00:00 GMT|",
    "Fri, 01 Jan 2100 00:00:00 GMT|",
  })
  void retryAfterIsParsedWithoutOverflowAndIgnoredWhenNegativeGarbageOrPast(String header, String expected) {
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
    java.time.Duration d = io.github.pixivajax.core.internal.ErrorMapper.parseRetryAfter(header, clock);
    if (header.startsWith("Fri")) {
      assertThat(d).isEqualTo(java.time.Duration.between(clock.instant(), java.time.Instant.parse("2100-01-01T00:00:00Z")));
    } else {
      assertThat(d).isEqualTo(expected == null ? null : java.time.Duration.parse(expected));
    }
  }

  @Test
  void hugeRetryAfterFailsAtOnceAndPausesNothing() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "99999999999"));
    Throwable t = catchThrowable(() -> client.create(TestApi.class).thing(1).blockingGet());
    assertThat(t).isInstanceOf(PixivRateLimitException.class).hasMessageContaining("pixiv asked to wait 1157407 days");
    assertThat(client.requestLimiter().remainingPause()).isZero();
  }

  @Test
  void limiterSaturatesInsteadOfOverflowing() {
    RequestLimiter limiter = RequestLimiter.perSecond(0);
    limiter.rateLimited(java.time.Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(limiter.remainingPause()).isGreaterThan(java.time.Duration.ofDays(365));
  }
}
