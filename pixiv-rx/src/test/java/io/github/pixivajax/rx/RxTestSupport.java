package io.github.pixivajax.rx;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.RequestLimiter;
import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A logged-in, unpaced client on a MockWebServer running {@link FakeFeeds}, and streams over it. */
abstract class RxTestSupport {
  MockWebServer server;
  FakeFeeds feeds;
  PixivClient client;
  RxPixiv rx;

  @BeforeEach
  void startServer() throws Exception {
    feeds = new FakeFeeds();
    server = new MockWebServer();
    server.setDispatcher(feeds);
    server.start();
    // Unpaced, and a throttle without Retry-After pauses for milliseconds instead of a minute.
    client = client(RequestLimiter.perSecond(0, Duration.ofMillis(20), Duration.ofMillis(100)));
    rx = RxPixiv.create(client, config().build());
  }

  PixivClient client(RequestLimiter limiter) {
    return PixivClient.builder()
        .baseUrl(server.url("/").toString())
        .session(PixivSession.ofPhpSessId("1_RxTestSessionValue0123456789"))
        .csrfToken("0123456789abcdef0123456789abcdef")
        .requestLimiter(limiter)
        .build();
  }

  /** Fast retries so that failure tests take milliseconds; backoff itself is tested apart. */
  static RxConfig.Builder config() {
    return RxConfig.builder().backoff(Duration.ZERO, Duration.ZERO).pollInterval(Duration.ofMillis(20));
  }

  @AfterEach
  void stopServer() throws Exception {
    client.close();
    server.shutdown();
  }
}
