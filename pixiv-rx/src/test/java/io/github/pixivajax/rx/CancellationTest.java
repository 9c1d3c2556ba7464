package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.api.ContentMode;
import io.github.pixivajax.core.api.NewWorkType;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.reactivex.rxjava3.schedulers.Schedulers;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
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

  /** How each call ended, as OkHttp reports it. */
  static final class CallEnds extends EventListener {
    final List<String> started = new CopyOnWriteArrayList<>();
    final List<IOException> failed = new CopyOnWriteArrayList<>();
    final List<Boolean> failedCancelled = new CopyOnWriteArrayList<>();
    final List<String> ended = new CopyOnWriteArrayList<>();

    @Override
    public void callStart(Call call) {
      started.add(call.request().url().encodedPath());
    }

    @Override
    public void callEnd(Call call) {
      ended.add(call.request().url().encodedPath());
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
      failedCancelled.add(call.isCanceled());
      failed.add(ioe);
    }
  }

  @Test
  void disposingCancelsTheInFlightHttpCall() {
    CallEnds events = new CallEnds();
    // The server never answers and the read timeout is far away: only a cancel can end this call.
    PixivClient watched = PixivClient.builder()
        .baseUrl(server.url("/").toString())
        .session(PixivSession.ofPhpSessId("1_RxTestSessionValue0123456789"))
        .okHttpClient(new OkHttpClient.Builder().eventListener(events).build())
        .readTimeout(Duration.ofMinutes(10))
        .callTimeout(Duration.ZERO)
        .requestLimiter(RequestLimiter.unlimited())
        .build();
    try {
      feeds.fault("/ajax/follow_latest/illust", new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      RxPixiv rxWatched = RxPixiv.create(watched, config().scheduler(Schedulers.from(executor, true)).build());
      TestSubscriber<ArtworkThumbnail> sub = rxWatched.feeds().followLatest(ContentMode.ALL).items().test(0);
      sub.request(1);
      Await.until("the call has reached the server", () -> server.getRequestCount() == 1);
      assertThat(events.started).containsExactly("/ajax/follow_latest/illust");
      assertThat(events.failed).isEmpty();

      sub.cancel();

      Await.until("the call has failed", () -> !events.failed.isEmpty());
      // OkHttp 3.14 reports a cancelled read as "Socket closed" or "Canceled"; either way the call was cancelled.
      assertThat(events.failed).singleElement().isInstanceOf(IOException.class);
      assertThat(events.failedCancelled).containsExactly(true);
      assertThat(events.ended).isEmpty();
      Await.until("no thread of the stream is busy", () -> executor.getActiveCount() == 0);
      assertThat(executor.getQueue()).isEmpty();
      assertThat(watched.httpClient().dispatcher().runningCallsCount()).isZero();
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(events.started).hasSize(1); // no retry of a cancelled call
      sub.assertNoValues().assertNoErrors().assertNotComplete();
    } finally {
      watched.close();
    }
  }

  @Test
  void disposingALiveTailCancelsItsPollTimer() {
    TestSubscriber<ArtworkThumbnail> sub = streams.feeds().newIllustsLive(NewWorkType.ILLUST, false).test();
    sub.awaitCount(20);
    Await.until("the second poll", () -> server.getRequestCount() >= 2);
    sub.cancel();
    Await.until("no thread of the stream is busy", () -> executor.getActiveCount() == 0);
    int after = server.getRequestCount();
    // Poll interval is 20 ms: a live timer would poll within this window.
    Await.stays("no poll after cancel", () -> server.getRequestCount() == after, Duration.ofMillis(300));
    assertThat(client.httpClient().dispatcher().runningCallsCount()).isZero();
    assertThat(executor.getQueue()).isEmpty();
  }
}
