package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A page is fetched only when demand needs it, plus at most the configured prefetch. */
class BackpressureTest extends RxTestSupport {
  /**
   * Waits until the server has seen {@code n} requests, then polls for a while to make sure that a
   * wrongly eager stream sends no more.
   */
  private void requestsStay(int n) {
    Await.until(n + " requests", () -> server.getRequestCount() >= n);
    Await.stays("exactly " + n + " requests", () -> server.getRequestCount() == n, java.time.Duration.ofMillis(300));
  }

  @Test
  void noDemandMeansNoRequest() throws Exception {
    TestSubscriber<ArtworkThumbnail> sub = rx.feeds().followLatest(ContentMode.ALL).items().test(0);
    requestsStay(0);
    sub.assertNoValues().assertNotComplete();
    sub.cancel();
  }

  @Test
  void requestOneMakesExactlyOneRequest() throws Exception {
    TestSubscriber<ArtworkThumbnail> sub = rx.feeds().followLatest(ContentMode.ALL).items().test(0);
    sub.request(1);
    sub.awaitCount(1);
    requestsStay(1);
    sub.assertValueCount(1);
  }

  @Test
  void itemsOfAFetchedPageAreServedWithoutAnotherRequest() throws Exception {
    TestSubscriber<ArtworkThumbnail> sub = rx.feeds().followLatest(ContentMode.ALL).items().test(0);
    sub.request(1);
    sub.awaitCount(1);
    sub.request(4); // the rest of page 1
    sub.awaitCount(5);
    requestsStay(1);
    sub.request(1); // needs page 2
    sub.awaitCount(6);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void pageStreamFetchesOnePagePerRequestedPage() throws Exception {
    var sub = rx.feeds().followLatest(ContentMode.ALL).pages().test(0);
    sub.request(2);
    sub.awaitCount(2);
    requestsStay(2);
    sub.request(5);
    sub.awaitDone(5, TimeUnit.SECONDS).assertComplete().assertValueCount(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void prefetchFetchesAtMostThatManyPagesAhead() throws Exception {
    RxPixiv eager = RxPixiv.create(client, config().prefetch(1).build());
    var sub = eager.feeds().followLatest(ContentMode.ALL).pages().test(0);
    requestsStay(0); // no demand yet, no prefetch
    sub.request(1);
    sub.awaitCount(1);
    requestsStay(2); // the page asked for plus one ahead
    sub.assertValueCount(1);
    sub.request(1);
    sub.awaitCount(2);
    requestsStay(3);
  }

  @Test
  void emissionsHappenOffTheComputationScheduler() {
    TestSubscriber<String> sub = rx.feeds().followLatest(ContentMode.ALL).items().map(t -> Thread.currentThread().getName()).test();
    sub.awaitDone(5, TimeUnit.SECONDS).assertComplete();
    assertThat(sub.values()).isNotEmpty().allSatisfy(name -> assertThat(name).doesNotContain("Computation"));
  }
}
