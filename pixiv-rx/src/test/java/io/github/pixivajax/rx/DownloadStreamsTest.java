package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.RequestLimiter;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadStreamsTest {
  static final Pattern ILLUST = Pattern.compile("/ajax/illust/(\\d+)");
  static final String DATE = "img/2024/05/01/12/34/56/";

  @TempDir Path dir;
  MockWebServer server;
  final AtomicInteger imagesNow = new AtomicInteger();
  final AtomicInteger imagesMax = new AtomicInteger();
  volatile CountDownLatch imageGate = new CountDownLatch(0);
  PixivClient client;
  RxPixiv rx;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        Matcher m = ILLUST.matcher(r.getPath());
        if (m.matches()) {
          long id = Long.parseLong(m.group(1));
          if (id == 404) {
            return new MockResponse().setResponseCode(404).setBody("{\"error\":true,\"message\":\"not found\",\"body\":[]}");
          }
          String url = "https://i.pximg.net/img-original/" + DATE + id + "_p0.png";
          return new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"" + id + "\",\"title\":\"t\",\"illustType\":0,"
              + "\"userId\":\"9\",\"pageCount\":1,\"urls\":{\"original\":\"" + url + "\"}}}");
        }
        if (r.getPath().startsWith("/img-original/")) {
          imagesMax.accumulateAndGet(imagesNow.incrementAndGet(), Math::max);
          try {
            imageGate.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            imagesNow.decrementAndGet();
          }
          return new MockResponse().setBody(new Buffer().write(new byte[5000]));
        }
        return new MockResponse().setResponseCode(404);
      }
    });
    server.start();
    client = PixivClient.builder().baseUrl(server.url("/").toString()).imageBaseUrl(server.url("/").toString())
        .requestLimiter(RequestLimiter.unlimited()).build();
    rx = RxPixiv.create(client);
  }

  @AfterEach
  void stop() throws Exception {
    imageGate.countDown();
    client.close();
    server.shutdown();
  }

  DownloadOptions options(int parallelism) {
    return DownloadOptions.builder().directory(dir).parallelism(parallelism).build();
  }

  @Test
  void aFailedWorkIsAnEventAndTheStreamGoesOn() {
    List<DownloadEvent> events = rx.downloads().ids(Flowable.just("1", "404", "ad-slot", "3"), options(2))
        .filter(DownloadEvent::isOutcome).toList().blockingGet();
    assertThat(events).extracting(DownloadEvent::workId, DownloadEvent::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("1", DownloadEvent.Kind.SAVED),
        org.assertj.core.groups.Tuple.tuple("404", DownloadEvent.Kind.FAILED),
        org.assertj.core.groups.Tuple.tuple("3", DownloadEvent.Kind.SAVED));
    assertThat(events.get(1).error()).isInstanceOf(PixivNotFoundException.class);
    assertThat(dir.resolve("9/3_p0.png")).hasSize(5000);
  }

  @Test
  void everyFileHasStartedProgressAndOneOutcome() {
    List<DownloadEvent> events = rx.downloads().ids(Flowable.just("7"), options(1)).toList().blockingGet();
    assertThat(events.get(0).kind()).isEqualTo(DownloadEvent.Kind.STARTED);
    assertThat(events.get(events.size() - 1).kind()).isEqualTo(DownloadEvent.Kind.SAVED);
    assertThat(events.stream().filter(e -> e.kind() == DownloadEvent.Kind.PROGRESS).mapToLong(DownloadEvent::bytes).sum()).isEqualTo(5000);
  }

  @Test
  void worksInFlightAreBoundedByParallelismPlusOneWhateverTheSource() throws Exception {
    AtomicLong requested = new AtomicLong();
    Flowable<String> ids = Flowable.range(1, 20).map(String::valueOf).doOnRequest(requested::addAndGet);
    TestSubscriber<DownloadEvent> ts = rx.downloads().ids(ids, options(2)).test(0);
    // Nothing requested downstream: three works run (and buffer their events), no more are read.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.getRequestCount() < 6 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
    assertThat(requested.get()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(6); // 3 works x (API call + image)
    ts.request(Long.MAX_VALUE);
    ts.awaitDone(30, TimeUnit.SECONDS).assertComplete();
    assertThat(ts.values().stream().filter(e -> e.kind() == DownloadEvent.Kind.SAVED)).hasSize(20);
  }

  @Test
  void theWorkAheadReadsItsMetadataWhileImagesStayAtParallelism() throws Exception {
    imageGate = new CountDownLatch(1);
    TestSubscriber<DownloadEvent> ts = rx.downloads().ids(Flowable.range(1, 6).map(String::valueOf), options(1)).test();
    // One image transfer held open: the next work's API call is made meanwhile, its image waits.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (server.getRequestCount() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200);
    assertThat(server.getRequestCount()).isEqualTo(3); // API 1, image 1 (held), API 2
    assertThat(imagesNow.get()).isEqualTo(1);
    imageGate.countDown();
    ts.awaitDone(30, TimeUnit.SECONDS).assertComplete();
    assertThat(imagesMax.get()).isEqualTo(1);
    assertThat(ts.values().stream().filter(e -> e.kind() == DownloadEvent.Kind.SAVED).map(DownloadEvent::workId))
        .containsExactly("1", "2", "3", "4", "5", "6");
  }

  @Test
  void disposingStopsTheStream() throws Exception {
    TestSubscriber<DownloadEvent> ts = rx.downloads().ids(Flowable.range(1, 1000).map(String::valueOf), options(1)).test(1);
    ts.awaitCount(1);
    ts.cancel();
    int after = server.getRequestCount();
    Thread.sleep(300);
    assertThat(server.getRequestCount()).isLessThanOrEqualTo(after + 2);
    assertThat(server.getRequestCount()).isLessThan(100);
  }

  // "New since last run": the stream of ids stops after N works in a row that the archive already holds.
  private List<String> outcomes(DownloadOptions options, String... ids) {
    return rx.downloads().ids(Flowable.fromArray(ids), options)
        .filter(DownloadEvent::isOutcome).map(DownloadEvent::workId).toList().blockingGet();
  }

  @Test
  void stopsAfterTheNthKnownWorkInARowAndAnUnknownOneResetsTheCount() {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("archive.db"))) {
      DownloadOptions.Builder b = DownloadOptions.builder().directory(dir).parallelism(1).archive(archive);
      assertThat(outcomes(b.build(), "1", "2", "3")).containsExactly("1", "2", "3");
      assertThat(outcomes(b.abortAfterKnown(2).build(), "1", "5", "2", "3", "6", "7")).containsExactly("1", "5", "2", "3");
      assertThat(outcomes(b.abortAfterKnown(0).build(), "1", "2", "3", "8")).containsExactly("1", "2", "3", "8");
    }
  }

  @Test
  void withoutAnArchiveNothingIsKnownSoNothingStops() {
    DownloadOptions options = DownloadOptions.builder().directory(dir).parallelism(1).abortAfterKnown(1).build();
    assertThat(outcomes(options, "1", "2", "3")).containsExactly("1", "2", "3");
    assertThat(outcomes(options, "1", "2", "4")).containsExactly("1", "2", "4");
  }
}
