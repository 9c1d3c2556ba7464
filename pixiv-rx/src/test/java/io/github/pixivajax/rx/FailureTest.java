package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivDecodeException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.PixivServerException;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.Rest;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.core.model.user.FollowUser;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Throttles pause every stream and resume from the same cursor; transient failures are retried. */
class FailureTest extends RxTestSupport {
  private static final String FOLLOW = "/ajax/follow_latest/illust";

  private List<String> allFollowLatest(RxPixiv streams) {
    return streams.feeds().followLatest(ContentMode.ALL).items().map(ArtworkThumbnail::id).toList().blockingGet();
  }

  private static List<String> expected() {
    return java.util.stream.IntStream.range(0, 15).mapToObj(i -> String.valueOf(1000 - i)).toList();
  }

  /**
   * A limiter that, once pixiv throttles, holds every acquire() until the test opens it, recording
   * how many permits were asked for meanwhile.
   */
  static final class GateLimiter implements RequestLimiter {
    volatile CountDownLatch gate = new CountDownLatch(0);
    final CountDownLatch throttled = new CountDownLatch(1);
    volatile @Nullable Duration lastPause;

    @Override
    public void acquire() throws InterruptedException {
      gate.await();
    }

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      lastPause = retryAfter;
      gate = new CountDownLatch(1);
      throttled.countDown();
      return retryAfter == null ? Duration.ZERO : retryAfter;
    }

    @Override
    public void succeeded() {}

    @Override
    public Duration remainingPause() {
      return gate.getCount() > 0 ? Duration.ofSeconds(1) : Duration.ZERO;
    }

    void open() {
      gate.countDown();
    }
  }

  @Test
  void rateLimited429PausesEveryStreamAndResumesFromTheSameCursor() throws Exception {
    GateLimiter limiter = new GateLimiter();
    try (PixivClient shared = client(limiter)) {
      RxPixiv streams = RxPixiv.create(shared, config().build());
      feeds.fault(FOLLOW, new MockResponse().setResponseCode(429).setHeader("Retry-After", "90"));
      TestSubscriber<String> a = streams.feeds().followLatest(ContentMode.ALL).items().map(ArtworkThumbnail::id).test();
      assertThat(limiter.throttled.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(limiter.lastPause).isEqualTo(Duration.ofSeconds(90));

      // A second stream and a plain core call started during the pause send nothing until it ends.
      int before = server.getRequestCount();
      TestSubscriber<FollowUser> b = streams.users().following(9, Rest.SHOW).items().test();
      var plain = shared.users().following(9, 0, 24, Rest.SHOW).subscribeOn(io.reactivex.rxjava3.schedulers.Schedulers.io()).test();
      Await.stays("nothing sent during the pause", () -> server.getRequestCount() == before, Duration.ofMillis(300));
      b.assertNoValues();
      plain.assertNoValues();

      limiter.open();
      a.awaitDone(5, TimeUnit.SECONDS).assertComplete();
      assertThat(a.values()).isEqualTo(expected());
      b.awaitDone(5, TimeUnit.SECONDS).assertComplete().assertValueCount(50);
      plain.awaitDone(5, TimeUnit.SECONDS).assertComplete();
    }
  }

  @Test
  void throttleWithoutRetryAfterStillRetriesTheSamePage() {
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(429));
    assertThat(allFollowLatest(rx)).isEqualTo(expected());
    assertThat(feeds.paths.subList(0, 2)).containsExactly(FOLLOW + "?mode=all&p=1", FOLLOW + "?mode=all&p=1");
  }

  @Test
  void throttleInsideA200IsRetriedToo() {
    feeds.fault(FOLLOW, FakeFeeds.envelope("[]").setBody("{\"error\":true,\"message\":\"Rate limit exceeded\",\"body\":[]}"));
    assertThat(allFollowLatest(rx)).isEqualTo(expected());
  }

  @Test
  void throttleInsideA200PausesEveryStreamSharingTheLimiter() throws Exception {
    GateLimiter limiter = new GateLimiter();
    try (PixivClient shared = client(limiter)) {
      RxPixiv streams = RxPixiv.create(shared, config().build());
      feeds.fault(FOLLOW, FakeFeeds.envelope("[]").setBody("{\"error\":true,\"message\":\"Rate limit exceeded\",\"body\":[]}"));
      TestSubscriber<String> a = streams.feeds().followLatest(ContentMode.ALL).items().map(ArtworkThumbnail::id).test();
      assertThat(limiter.throttled.await(5, TimeUnit.SECONDS)).as("the limiter was told").isTrue();
      assertThat(limiter.lastPause).as("no Retry-After in a 200").isNull();

      int before = server.getRequestCount();
      TestSubscriber<FollowUser> b = streams.users().following(9, Rest.SHOW).items().test();
      Await.stays("nothing sent during the pause", () -> server.getRequestCount() == before, Duration.ofMillis(300));
      a.assertNoValues();
      b.assertNoValues();

      limiter.open();
      a.awaitDone(5, TimeUnit.SECONDS).assertComplete();
      assertThat(a.values()).isEqualTo(expected());
      b.awaitDone(5, TimeUnit.SECONDS).assertComplete().assertValueCount(50);
    }
  }

  @Test
  void throttlesBeyondTheRetryBudgetFailWithRateLimitException() {
    RxPixiv stingy = RxPixiv.create(client, config().rateLimitRetries(1).build());
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    stingy.feeds().followLatest(ContentMode.ALL).items().test().awaitDone(5, TimeUnit.SECONDS).assertError(PixivRateLimitException.class);
  }

  @Test
  void serverErrorsAreRetriedWithBackoffThenSucceed() {
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(500));
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(502));
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(503));
    assertThat(allFollowLatest(rx)).isEqualTo(expected());
    assertThat(feeds.count(FOLLOW)).isEqualTo(6);
  }

  @Test
  void serverErrorsBeyondMaxRetriesFail() {
    for (int i = 0; i < 4; i++) {
      feeds.fault(FOLLOW, new MockResponse().setResponseCode(503));
    }
    rx.feeds().followLatest(ContentMode.ALL).items().test().awaitDone(5, TimeUnit.SECONDS).assertError(PixivServerException.class);
    assertThat(feeds.count(FOLLOW)).isEqualTo(4);
  }

  @Test
  void connectionDroppedMidBodyIsRetried() {
    feeds.fault(FOLLOW, FakeFeeds.envelope("{\"page\":{\"ids\":[" + "1,".repeat(2000) + "1]}}")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    assertThat(allFollowLatest(rx)).isEqualTo(expected());
  }

  @Test
  void malformedJsonIsRetriedThenFailsAsDecodeError() {
    for (int i = 0; i < 4; i++) {
      feeds.fault(FOLLOW, FakeFeeds.envelope("{\"page\":").setBody("{\"error\":false,\"body\":{\"page\":"));
    }
    rx.feeds().followLatest(ContentMode.ALL).items().test().awaitDone(5, TimeUnit.SECONDS).assertError(PixivDecodeException.class);
  }

  @Test
  void failureAfterRetriesComesAfterTheItemsAlreadyFetched() {
    for (int i = 0; i < 4; i++) {
      feeds.fault(FOLLOW + "?mode=all&p=2", new MockResponse().setResponseCode(500));
    }
    rx.feeds().followLatest(ContentMode.ALL).items().map(ArtworkThumbnail::id).test().awaitDone(5, TimeUnit.SECONDS)
        .assertValues("1000", "999", "998", "997", "996")
        .assertError(PixivServerException.class);
  }

  @Test
  void notFoundAndAuthErrorsFailFastWithoutRetry() {
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(404).setBody("{\"error\":true,\"message\":\"Not found\",\"body\":[]}"));
    rx.feeds().followLatest(ContentMode.ALL).items().test().awaitDone(5, TimeUnit.SECONDS).assertError(PixivNotFoundException.class);
    assertThat(feeds.count(FOLLOW)).isEqualTo(1);
    feeds.fault(FOLLOW, new MockResponse().setResponseCode(403));
    rx.feeds().followLatest(ContentMode.ALL).items().test().awaitDone(5, TimeUnit.SECONDS).assertError(PixivAuthException.class);
    assertThat(feeds.count(FOLLOW)).isEqualTo(2);
  }

  @Test
  void searchEmptyPageBeforeTheLastIsRetriedAsSilentThrottling() {
    feeds.fault(path -> path.startsWith("/ajax/search/artworks/") && path.endsWith("p=2"),
        FakeFeeds.envelope("{\"illustManga\":{\"data\":[],\"total\":150,\"lastPage\":3}}"));
    List<ArtworkThumbnail> works = rx.search().artworks(SearchQuery.of("原神")).items().toList().blockingGet();
    assertThat(works).hasSize(150).extracting(ArtworkThumbnail::id).doesNotHaveDuplicates();
    assertThat(feeds.count("/ajax/search/artworks/")).isEqualTo(4);
  }

  @Test
  void searchThatStaysEmptyEndsWithThePublicSuspectedThrottleAfterTheItemsSoFar() {
    RxPixiv twoRetries = RxPixiv.create(client, config().maxRetries(2).build());
    for (int i = 0; i < 3; i++) {
      feeds.fault(path -> path.startsWith("/ajax/search/artworks/") && path.endsWith("p=2"),
          FakeFeeds.envelope("{\"illustManga\":{\"data\":[],\"total\":150,\"lastPage\":3}}"));
    }
    var sub = twoRetries.search().artworks(SearchQuery.of("原神")).items().test().awaitDone(5, TimeUnit.SECONDS);
    sub.assertValueCount(60).assertError(io.github.pixivajax.core.PixivSuspectedThrottleException.class);
    sub.assertError(e -> e instanceof io.github.pixivajax.core.PixivRateLimitException
        && e.getMessage().contains("p=2") && e.getMessage().contains("throttling"));
    assertThat(feeds.count("/ajax/search/artworks/")).as("page 1, then page 2 three times").isEqualTo(4);
    assertThat(client.requestLimiter().remainingPause()).as("backoff, not an account-wide pause").isZero();
  }

  /** Counts throttles reported to it; never pauses. */
  static final class CountingLimiter implements RequestLimiter {
    final java.util.concurrent.atomic.AtomicInteger throttles = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void acquire() {}

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      throttles.incrementAndGet();
      return Duration.ZERO;
    }

    @Override
    public void succeeded() {}

    @Override
    public Duration remainingPause() {
      return Duration.ZERO;
    }
  }

  @Test
  void retryAfterBeyondTheMaxPauseFailsAtOnceSayingHowLongPixivAsked() {
    CountingLimiter limiter = new CountingLimiter();
    try (PixivClient shared = client(limiter)) {
      feeds.fault(FOLLOW, new MockResponse().setResponseCode(429).setHeader("Retry-After", "1000000000"));
      Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> RxPixiv.create(shared, config().build())
          .feeds().followLatest(ContentMode.ALL).items().ignoreElements().blockingAwait(5, TimeUnit.SECONDS));
      assertThat(e).isInstanceOf(PixivRateLimitException.class).hasMessageContaining("11574 days")
          .hasMessageContaining("maximum pause of 15 min");
      assertThat(((PixivRateLimitException) e).exceedsMaxPause()).isTrue();
      assertThat(((PixivRateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1_000_000_000));
      assertThat(limiter.throttles.get()).isZero();
      assertThat(feeds.count(FOLLOW)).isEqualTo(1);
    }
  }

  @Test
  void a429IsCountedOnceByTheLimiter() {
    CountingLimiter limiter = new CountingLimiter();
    try (PixivClient shared = client(limiter)) {
      feeds.fault(FOLLOW, new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
      assertThat(allFollowLatest(RxPixiv.create(shared, config().build()))).isEqualTo(expected());
      assertThat(limiter.throttles.get()).isEqualTo(1);
    }
  }

  @Test
  void oversizedResponseFailsOnceWithoutRetry() {
    try (PixivClient small = PixivClient.builder()
        .baseUrl(server.url("/").toString())
        .requestLimiter(RequestLimiter.unlimited())
        .session(io.github.pixivajax.core.PixivSession.ofPhpSessId("1_RxTestSessionValue0123456789"))
        .maxResponseSize(4096)
        .build()) {
      feeds.fault(FOLLOW, FakeFeeds.envelope("{\"page\":{\"ids\":[" + "1,".repeat(5000) + "1]}}"));
      rx = RxPixiv.create(small, config().build());
      Throwable e = org.assertj.core.api.Assertions.catchThrowable(
          () -> rx.feeds().followLatest(ContentMode.ALL).items().ignoreElements().blockingAwait(5, TimeUnit.SECONDS));
      assertThat(e).isInstanceOf(io.github.pixivajax.core.PixivResponseTooLargeException.class)
          .hasMessageContaining("4096 bytes");
      assertThat(feeds.count(FOLLOW)).isEqualTo(1);
    }
  }
}
