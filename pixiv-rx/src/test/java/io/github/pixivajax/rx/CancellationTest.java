package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Disposing a stream cancels its HTTP call and leaves no busy thread, pending timer or request behind. */
class CancellationTest extends RxTestSupport {
  ThreadPoolExecutor executor;
  RxPixiv streams;

  @BeforeEach
  void ownScheduler() {
    executor = (ThreadPoolExecutor) Executors.newCachedThreadPool();
    streams = RxPixiv.create(client, config().scheduler(Schedulers.from(executor, true)).build());
  }

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(10);
    }
  }

  @Test
  void disposingCancelsTheInFlightHttpCall() throws Exception {
    feeds.fault("/ajax/follow_latest/illust", FakeFeeds.envelope("{}").setHeadersDelay(3, TimeUnit.SECONDS));
    TestSubscriber<ArtworkThumbnail> sub = streams.feeds().followLatest(ContentMode.ALL).items().test(0);
    sub.request(1);
    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    await("the call is running", () -> client.httpClient().dispatcher().runningCallsCount() == 1);

    sub.cancel();

    await("the call is cancelled", () -> client.httpClient().dispatcher().runningCallsCount() == 0);
    await("no thread of the stream is busy", () -> executor.getActiveCount() == 0);
    assertThat(executor.getQueue()).isEmpty();
    Thread.sleep(100);
    assertThat(server.getRequestCount()).isEqualTo(1);
    sub.assertNoValues().assertNoErrors().assertNotComplete();
  }

  @Test
  void disposingALiveTailCancelsItsPollTimer() throws Exception {
    TestSubscriber<ArtworkThumbnail> sub = streams.feeds().newIllustsLive(NewWorkType.ILLUST, false).test();
    sub.awaitCount(20);
    await("the second poll", () -> server.getRequestCount() >= 2);
    sub.cancel();
    int after = server.getRequestCount();
    Thread.sleep(200); // ten poll intervals
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(after + 1);
    await("no thread of the stream is busy", () -> executor.getActiveCount() == 0);
    assertThat(client.httpClient().dispatcher().runningCallsCount()).isZero();
  }
}
