package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.schedulers.TestScheduler;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Live tails poll and emit only works newer than the newest already emitted, oldest first. */
class LiveTailTest extends RxTestSupport {
  private static List<String> ids(int from, int toInclusive) {
    return IntStream.rangeClosed(from, toInclusive).mapToObj(String::valueOf).toList();
  }

  @Test
  void newIllustsLiveEmitsTheNewestThenOnlyNewWorks() {
    TestSubscriber<String> sub = rx.feeds().newIllustsLive(NewWorkType.ILLUST, false).map(ArtworkThumbnail::id).test();
    sub.awaitCount(20);
    assertThat(sub.values()).isEqualTo(ids(981, 1000));
    feeds.post(3);
    sub.awaitCount(23);
    assertThat(sub.values().subList(20, 23)).isEqualTo(ids(1001, 1003));
    sub.assertNotComplete().assertNoErrors();
    sub.cancel();
  }

  @Test
  void followLatestLiveEmitsNewWorksOfFollowedUsers() {
    TestSubscriber<String> sub = rx.feeds().followLatestLive(ContentMode.ALL).map(ArtworkThumbnail::id).test();
    sub.awaitCount(5);
    assertThat(sub.values()).isEqualTo(ids(996, 1000));
    feeds.post(2);
    sub.awaitCount(7);
    assertThat(sub.values().subList(5, 7)).isEqualTo(ids(1001, 1002));
    sub.cancel();
  }

  @Test
  void liveTailPollsOnlyOnDemand() throws Exception {
    TestSubscriber<ArtworkThumbnail> sub = rx.feeds().newIllustsLive(null, false).test(0);
    sub.request(20);
    sub.awaitCount(20);
    // Poll interval is 20 ms: without demand, no poll may happen in several of them.
    Await.stays("one request while demand is met", () -> server.getRequestCount() == 1, java.time.Duration.ofMillis(300));
    sub.cancel();
  }

  /** Streams whose requests and timers run on {@code clock}, polling live tails every 30 virtual seconds. */
  private RxPixiv onVirtualTime(TestScheduler clock) {
    return RxPixiv.create(client, config().pollInterval(Duration.ofSeconds(30)).scheduler(clock).build());
  }

  // A tail that stopped waiting would poll forever inside triggerActions(): fail it instead of hanging.
  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void liveTailPollsAtOnceThenWaitsThePollIntervalBeforeEachLaterPoll() {
    TestScheduler clock = new TestScheduler();
    TestSubscriber<String> sub = onVirtualTime(clock).feeds().newIllustsLive(null, false)
        .map(ArtworkThumbnail::id).test(0);
    sub.request(21);
    clock.triggerActions();
    sub.awaitCount(20);
    assertThat(sub.values()).isEqualTo(ids(981, 1000));
    feeds.post(1);
    clock.advanceTimeBy(29_999, TimeUnit.MILLISECONDS);
    assertThat(server.getRequestCount()).isEqualTo(1);
    clock.advanceTimeBy(1, TimeUnit.MILLISECONDS);
    sub.awaitCount(21);
    assertThat(sub.values().get(20)).isEqualTo("1001");
    assertThat(server.getRequestCount()).isEqualTo(2);
    sub.cancel();
  }

  @Test
  void pagedStreamsFetchTheNextPageWithoutThePollInterval() {
    TestScheduler clock = new TestScheduler();
    TestSubscriber<ArtworkThumbnail> sub = onVirtualTime(clock).search().artworks(SearchQuery.of("原神")).items().test();
    clock.triggerActions();
    sub.awaitDone(5, TimeUnit.SECONDS).assertComplete();
    assertThat(sub.values()).hasSize(150);
    assertThat(feeds.count("/ajax/search/artworks/")).isEqualTo(3);
    assertThat(clock.now(TimeUnit.MILLISECONDS)).isZero();
  }
}
