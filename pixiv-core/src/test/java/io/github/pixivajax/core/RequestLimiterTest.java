package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.pixivajax.core.internal.PacedRequestLimiter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RequestLimiterTest {
  /** Virtual time: sleeping advances the clock, so pauses are checked without waiting. */
  static final class VirtualTime {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final List<Long> sleeps = new CopyOnWriteArrayList<>();

    PacedRequestLimiter limiter() {
      return new PacedRequestLimiter(0, Duration.ofMinutes(1), Duration.ofMinutes(3), now::get, n -> {
        sleeps.add(n);
        now.addAndGet(n);
      });
    }
  }

  @Test
  void throttleWithoutRetryAfterPausesForAGrowingDefaultUntilASuccess() {
    VirtualTime t = new VirtualTime();
    PacedRequestLimiter limiter = t.limiter();
    assertThat(limiter.rateLimited(null)).isEqualTo(Duration.ofMinutes(1));
    assertThat(limiter.rateLimited(null)).isEqualTo(Duration.ofMinutes(2));
    assertThat(limiter.rateLimited(null)).isEqualTo(Duration.ofMinutes(3));
    assertThat(limiter.rateLimited(null)).as("capped").isEqualTo(Duration.ofMinutes(3));
    limiter.succeeded();
    assertThat(limiter.rateLimited(null)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void retryAfterWinsOverTheDefault() {
    assertThat(new VirtualTime().limiter().rateLimited(Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void acquireWaitsOutThePauseThenProceedsAtOnce() throws Exception {
    VirtualTime t = new VirtualTime();
    PacedRequestLimiter limiter = t.limiter();
    limiter.acquire();
    assertThat(t.sleeps).isEmpty();
    limiter.rateLimited(Duration.ofSeconds(90));
    assertThat(limiter.remainingPause()).isEqualTo(Duration.ofSeconds(90));
    limiter.acquire();
    assertThat(t.sleeps).containsExactly(Duration.ofSeconds(90).toNanos());
    assertThat(limiter.remainingPause()).isZero();
    limiter.acquire();
    assertThat(t.sleeps).hasSize(1);
  }

  @Test
  void aShorterLaterPauseDoesNotShortenTheCurrentOne() {
    VirtualTime t = new VirtualTime();
    PacedRequestLimiter limiter = t.limiter();
    limiter.rateLimited(Duration.ofSeconds(100));
    limiter.rateLimited(Duration.ofSeconds(5));
    assertThat(limiter.remainingPause()).isEqualTo(Duration.ofSeconds(100));
  }

  @Test
  void waitingIsInterruptible() throws Exception {
    RequestLimiter limiter = RequestLimiter.perSecond(0);
    limiter.rateLimited(Duration.ofMinutes(10));
    Thread.currentThread().interrupt();
    assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class);
  }

  @Test
  void badRatesAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> RequestLimiter.perSecond(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permitsPerSecond");
    assertThatThrownBy(() -> RequestLimiter.perSecond(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permitsPerSecond");
    assertThatThrownBy(() -> PixivClient.builder().rateLimit(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permitsPerSecond");
    assertThatThrownBy(() -> PixivClient.builder().requestLimiter(null)).isInstanceOf(NullPointerException.class).hasMessage("limiter == null");
  }

  @Test
  void equalBaseAndMaxPausesMeanAFixedPauseAndAMaxBelowTheBaseIsRejected() {
    RequestLimiter fixed = RequestLimiter.perSecond(2, Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(fixed.rateLimited(null)).isEqualTo(Duration.ofSeconds(30));
    assertThat(fixed.rateLimited(null)).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> RequestLimiter.perSecond(2, Duration.ofSeconds(30), Duration.ofMillis(29_999)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPause");
  }

  /** Records what the client asks of its limiter. */
  static class Recording implements RequestLimiter {
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void acquire() {
      events.add("acquire");
    }

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      events.add("rateLimited " + retryAfter);
      return retryAfter == null ? Duration.ZERO : retryAfter;
    }

    @Override
    public void succeeded() {
      events.add("succeeded");
    }

    @Override
    public Duration remainingPause() {
      return Duration.ZERO;
    }
  }

  @Test
  void everyPixivRequestTakesAPermitAndThrottlesAreReported() throws Exception {
    Recording limiter = new Recording();
    MockWebServer server = new MockWebServer();
    MockWebServer images = new MockWebServer();
    server.start();
    images.start();
    try (PixivClient client = PixivClient.builder().baseUrl(server.url("/").toString()).requestLimiter(limiter).build()) {
      assertThat(client.requestLimiter()).isSameAs(limiter);
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\"}}"));
      server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));
      images.enqueue(new MockResponse().setBody("img"));
      client.artworks().illust(1).blockingGet();
      Throwable t = catchThrowable(() -> client.artworks().illust(2).blockingGet());
      assertThat(t).isInstanceOf(PixivRateLimitException.class);
      try (Response r = client.httpClient().newCall(new Request.Builder().url(images.url("/a.png")).build()).execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
    } finally {
      server.shutdown();
      images.shutdown();
    }
    assertThat(limiter.events).containsExactly("acquire", "succeeded", "acquire", "rateLimited PT2M");
  }

  @Test
  void callsSubscribedOnComputationThreadsWaitOnIoThreadsInstead() throws Exception {
    List<String> threads = new CopyOnWriteArrayList<>();
    RequestLimiter recording = new Recording() {
      @Override
      public void acquire() {
        threads.add(Thread.currentThread().getName());
      }
    };
    MockWebServer server = new MockWebServer();
    server.start();
    try (PixivClient client = PixivClient.builder().baseUrl(server.url("/").toString()).requestLimiter(recording).build()) {
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"1\"}}"));
      server.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"2\"}}"));
      client.artworks().illust(1).subscribeOn(io.reactivex.rxjava3.schedulers.Schedulers.computation()).blockingGet();
      client.artworks().illust(2).blockingGet();
    } finally {
      server.shutdown();
    }
    assertThat(threads).hasSize(2);
    assertThat(threads.get(0)).doesNotContain("Computation").contains("RxCachedThreadScheduler");
    assertThat(threads.get(1)).as("plain blocking calls stay on the caller").isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void clientsBuiltWithoutALimiterPaceAtOneRequestPerSecond() {
    try (PixivClient client = PixivClient.builder().build()) {
      assertThat(client.requestLimiter().toString()).contains("1.0/s");
    }
  }
}
