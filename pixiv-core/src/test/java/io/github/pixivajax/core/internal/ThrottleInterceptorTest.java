package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.RequestLimiter;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interceptor alone on a plain OkHttp client: what it asks of the limiter per response. */
class ThrottleInterceptorTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private @Nullable InterruptedException acquireFails;

  private final RequestLimiter recording = new RequestLimiter() {
    @Override
    public void acquire() throws InterruptedException {
      events.add("acquire");
      if (acquireFails != null) {
        throw acquireFails;
      }
    }

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      events.add("rateLimited " + retryAfter);
      return Duration.ZERO;
    }

    @Override
    public void succeeded() {
      events.add("succeeded");
    }

    @Override
    public Duration remainingPause() {
      return Duration.ZERO;
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private OkHttpClient client(Duration maxPause) {
    return new OkHttpClient.Builder()
        .addInterceptor(new ThrottleInterceptor(server.url("/"), recording, maxPause))
        .callTimeout(Duration.ofSeconds(10))
        .build();
  }

  private int call(OkHttpClient client) throws Exception {
    try (Response r = client.newCall(new Request.Builder().url(server.url("/ajax/x")).build()).execute()) {
      return r.code();
    }
  }

  @Test
  void aRetryAfterUpToTheMaximumPausesEveryRequestButLongerAsksPauseNothing() throws Exception {
    OkHttpClient client = client(Duration.ofSeconds(120));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "121"));
    server.enqueue(new MockResponse().setResponseCode(429));
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(200));
    assertThat(List.of(call(client), call(client), call(client), call(client), call(client)))
        .containsExactly(429, 429, 429, 503, 200);
    assertThat(events).containsExactly(
        "acquire", "rateLimited PT2M",
        "acquire",
        "acquire", "rateLimited null",
        "acquire",
        "acquire", "succeeded");
  }

  @Test
  void interruptedWhileWaitingForAPermitFailsWithoutSendingAndKeepsTheInterrupt() throws Exception {
    acquireFails = new InterruptedException("test");
    OkHttpClient client = client(Duration.ofMinutes(5));
    try {
      assertThatThrownBy(() -> call(client))
          .isInstanceOf(InterruptedIOException.class)
          .hasMessageContaining("request permit")
          .hasCause(acquireFails);
      assertThat(Thread.interrupted()).as("the interrupt is restored for the caller").isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isZero();
    assertThat(events).containsExactly("acquire");
  }
}
