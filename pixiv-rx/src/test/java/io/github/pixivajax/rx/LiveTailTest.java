package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

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
}
