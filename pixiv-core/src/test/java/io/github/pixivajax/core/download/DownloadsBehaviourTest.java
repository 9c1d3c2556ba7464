package io.github.pixivajax.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.DownloadListener;
import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.DownloadResult;
import io.github.pixivajax.core.Downloads;
import io.github.pixivajax.core.NameTemplate;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.internal.PixivJson;
import io.github.pixivajax.core.model.IllustDetail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link Downloads} reports, names, records and how many image requests it lets run at once. */
class DownloadsBehaviourTest {
  static final String DATE = "img/2024/05/01/12/34/56/";
  static final String HOST = "https://i.pximg.net";
  // Larger than the 64 KiB read buffer of the checksum of files found on disk.
  static final byte[] IMAGE = DownloadsTest.bytes(70_000, 11);

  @TempDir Path dir;
  MockWebServer pixiv;
  MockWebServer images;
  PixivClient client;
  final Map<String, Integer> seen = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws Exception {
    pixiv = new MockWebServer();
    images = new MockWebServer();
    pixiv.start();
    images.start();
    client = PixivClient.builder().baseUrl(pixiv.url("/").toString()).imageBaseUrl(images.url("/").toString())
        .session(PixivSession.ofPhpSessId("777_abcdefabcdefabcdefabcdefabcdef")).requestLimiter(RequestLimiter.unlimited()).build();
  }

  @AfterEach
  void stop() throws Exception {
    Thread.interrupted();
    client.close();
    pixiv.shutdown();
    images.shutdown();
  }

  // ---- helpers ----

  static String original(String id, String ext) {
    return HOST + "/img-original/" + DATE + id + "_p0." + ext;
  }

  static String master(String id) {
    return HOST + "/img-master/" + DATE + id + "_p0_master1200.jpg";
  }

  static String q(@Nullable String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  /** An illust body; {@code extra} is more JSON fields (with a leading comma). */
  static String workJson(String id, @Nullable String original, @Nullable String regular, @Nullable String small, String extra) {
    return "{\"id\":\"" + id + "\",\"title\":\"t\",\"illustType\":0,\"userId\":\"77\",\"userName\":\"u\",\"pageCount\":1,"
        + "\"uploadDate\":\"2024-05-01T12:34:56+09:00\",\"urls\":{\"original\":" + q(original) + ",\"regular\":" + q(regular)
        + ",\"small\":" + q(small) + ",\"thumb\":null,\"mini\":null}" + extra + "}";
  }

  static IllustDetail work(String json) throws Exception {
    return PixivJson.mapper().readValue(json, IllustDetail.class);
  }

  static MockResponse envelope(String body) {
    return new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":" + body + "}");
  }

  /** Serves {@code files} by path on the image host (HEAD too), 404 otherwise. */
  void serve(Map<String, byte[]> files) {
    ImageHost.serve(images, files, seen);
  }

  DownloadOptions.Builder options() {
    return DownloadOptions.builder().directory(dir);
  }

  /** Records every listener call as a line. */
  static final class Recorder implements DownloadListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<DownloadResult> finished = new CopyOnWriteArrayList<>();
    final Map<String, Long> progressed = new ConcurrentHashMap<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public void started(String workId, int page, Path target) {
      threads.add(Thread.currentThread());
      events.add("started " + workId + " p" + page + " " + target.getFileName());
    }

    @Override
    public void progress(String workId, int page, long delta, long total) {
      assertThat(total).isEqualTo(IMAGE.length);
      progressed.merge(workId + " p" + page, delta, Long::sum);
    }

    @Override
    public void finished(DownloadResult result) {
      finished.add(result);
      events.add("finished " + result.workId() + " p" + result.page() + " " + result.status());
    }
  }

  // ---- listener ----

  @Test
  void fileReportsStartProgressAndFinish() throws Exception {
    serve(Map.of("/a/f.png", IMAGE));
    Recorder rec = new Recorder();
    Path target = dir.resolve("f.png");

    DownloadResult r = client.downloads().file(HOST + "/a/f.png", target, rec);

    assertThat(rec.events).containsExactly("started  p0 f.png", "finished  p0 SAVED");
    assertThat(rec.finished).containsExactly(r);
    assertThat(rec.progressed).containsExactly(Map.entry(" p0", (long) IMAGE.length));
    assertThat(r.bytes()).isEqualTo(IMAGE.length);
    assertThat(r.sha256()).isEqualTo(DownloadsTest.sha256(IMAGE));
    assertThat(r.path()).isEqualTo(target.toAbsolutePath());
  }

  @Test
  void pagesAreSavedOnDaemonWorkersAndEachIsReported() throws Exception {
    pixiv.enqueue(envelope(workJson("40", null, null, null, "").replace("\"pageCount\":1", "\"pageCount\":2")));
    pixiv.enqueue(envelope("[{\"urls\":{\"original\":" + q(original("40", "png")) + ",\"regular\":null},\"width\":1,\"height\":1},"
        + "{\"urls\":{\"original\":" + q(original("40", "png").replace("_p0", "_p1")) + ",\"regular\":null},\"width\":1,\"height\":1}]"));
    serve(Map.of("/img-original/" + DATE + "40_p0.png", IMAGE, "/img-original/" + DATE + "40_p1.png", IMAGE));
    Recorder rec = new Recorder();

    List<DownloadResult> r = client.downloads().illust(40, options().build(), rec);

    assertThat(r).extracting(DownloadResult::status).containsExactly(DownloadResult.Status.SAVED, DownloadResult.Status.SAVED);
    assertThat(rec.events).containsExactlyInAnyOrder("started 40 p0 40_p0.png", "started 40 p1 40_p1.png",
        "finished 40 p0 SAVED", "finished 40 p1 SAVED");
    assertThat(rec.progressed).containsOnly(Map.entry("40 p0", (long) IMAGE.length), Map.entry("40 p1", (long) IMAGE.length));
    assertThat(rec.threads).allSatisfy(t -> {
      assertThat(t.isDaemon()).as("worker threads never keep the JVM alive").isTrue();
      assertThat(t.getName()).startsWith("pixiv-download-");
    });
    // Without metadata(true), no JSON beside the files.
    assertThat(dir.resolve("77/40_p0.png.json")).doesNotExist();
  }

  @Test
  void closingTheClientEndsItsDownloadWorkers() throws Exception {
    serve(Map.of("/img-original/" + DATE + "39_p0.png", IMAGE));
    Recorder rec = new Recorder();
    client.downloads().artwork(work(workJson("39", original("39", "png"), null, null, "")), List.of(), options().build(), rec);
    Thread worker = rec.threads.get(0);
    assertThat(worker.isAlive()).isTrue(); // idle, kept for the next work

    client.close();

    worker.join(5_000);
    assertThat(worker.isAlive()).as("worker still running after close()").isFalse();
  }

  @Test
  void idOneIsAWorkAndZeroIsRefused() throws Exception {
    pixiv.enqueue(envelope(workJson("1", original("1", "jpg"), null, null, "")));
    serve(Map.of("/img-original/" + DATE + "1_p0.jpg", IMAGE));
    assertThat(client.downloads().illust(1, options().build())).extracting(DownloadResult::status).containsExactly(DownloadResult.Status.SAVED);
    assertThatThrownBy(() -> client.downloads().illust(0, options().build())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
  }

  // ---- archive ----

  @Test
  void archivedWorkIsReportedToTheListenerWithoutAnyRequest() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      for (int p = 0; p < 2; p++) {
        archive.record(new DownloadArchive.Entry("41", p, 2, dir.resolve("41_p" + p + ".png"), 10 + p, "ab" + p, Instant.EPOCH));
      }
      Recorder rec = new Recorder();
      List<DownloadResult> r = client.downloads().illust(41, options().archive(archive).build(), rec);
      assertThat(r).extracting(DownloadResult::status).containsOnly(DownloadResult.Status.SKIPPED);
      assertThat(r).extracting(DownloadResult::bytes).containsExactly(10L, 11L);
      assertThat(rec.finished).isEqualTo(r);
      assertThat(pixiv.getRequestCount() + images.getRequestCount()).isZero();
    }
  }

  @Test
  void fileAlreadyUnderItsNameIsRecordedWithSizeAndChecksum() throws Exception {
    Files.createDirectories(dir.resolve("77"));
    Files.write(dir.resolve("77/42_p0.jpg"), IMAGE);
    IllustDetail w = work(workJson("42", original("42", "jpg"), null, null, ""));
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      List<DownloadResult> r = client.downloads().artwork(w, List.of(), options().archive(archive).build(), DownloadListener.NONE);

      assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.SKIPPED);
      assertThat(r.get(0).bytes()).isEqualTo(IMAGE.length);
      assertThat(r.get(0).sha256()).isEqualTo(DownloadsTest.sha256(IMAGE));
      DownloadArchive.Entry e = archive.find("42", 0).orElseThrow();
      assertThat(e.size()).isEqualTo(IMAGE.length);
      assertThat(e.sha256()).isEqualTo(DownloadsTest.sha256(IMAGE));
      assertThat(e.path()).isEqualTo(dir.toAbsolutePath().resolve("77/42_p0.jpg"));
    }
    List<DownloadResult> plain = client.downloads().artwork(w, List.of(), options().build(), DownloadListener.NONE);
    assertThat(plain.get(0).bytes()).isEqualTo(IMAGE.length);
    assertThat(plain.get(0).sha256()).isNull(); // without an archive no checksum is computed
    assertThat(images.getRequestCount()).isZero();
  }

  // ---- names ----

  @Test
  void nameFieldsComeFromTheWork() throws Exception {
    NameTemplate t = NameTemplate.parse("{date}_{type}_{user_name}/{id}_p{page}.{ext}");
    serve(Map.of());
    String both = workJson("43", original("43", "jpg"), null, null, ",\"createDate\":\"2023-01-02T10:00:00+09:00\"")
        .replace("\"illustType\":0", "\"illustType\":1").replace("\"userName\":\"u\"", "\"userName\":\"Ann\"");
    String created = workJson("44", original("44", "jpg"), null, null, ",\"createDate\":\"2023-01-02T10:00:00+09:00\"")
        .replace(",\"uploadDate\":\"2024-05-01T12:34:56+09:00\"", "").replace(",\"userName\":\"u\"", "");
    String none = workJson("45", original("45", "jpg"), null, null, "")
        .replace(",\"uploadDate\":\"2024-05-01T12:34:56+09:00\"", "").replace("\"illustType\":0", "\"illustType\":9");
    DownloadOptions o = options().name(t).build();
    assertThat(name(client.downloads().artwork(work(both), List.of(), o, DownloadListener.NONE))).isEqualTo("2024-05-01_manga_Ann/43_p0.jpg");
    assertThat(name(client.downloads().artwork(work(created), List.of(), o, DownloadListener.NONE))).isEqualTo("2023-01-02_illust_/44_p0.jpg");
    assertThat(name(client.downloads().artwork(work(none), List.of(), o, DownloadListener.NONE))).isEqualTo("__u/45_p0.jpg");
  }

  String name(List<DownloadResult> r) {
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.FAILED); // nothing served: only the name matters
    return dir.toAbsolutePath().relativize(r.get(0).path()).toString().replace('\\', '/');
  }

  // ---- candidates ----

  @Test
  void regularOfAnyShapeIsTheFallbackForAGoneOriginal() throws Exception {
    String regular = HOST + "/c/600x1200_90/img-master/" + DATE + "46_p0_custom1200.jpg";
    serve(Map.of("/c/600x1200_90/img-master/" + DATE + "46_p0_custom1200.jpg", IMAGE));
    List<DownloadResult> r = client.downloads().artwork(work(workJson("46", original("46", "png"), regular, null, "")), List.of(),
        options().build(), DownloadListener.NONE);
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.SAVED);
    assertThat(r.get(0).url()).endsWith("46_p0_custom1200.jpg");
    assertThat(seen).containsOnlyKeys("GET /img-original/" + DATE + "46_p0.png", "GET /c/600x1200_90/img-master/" + DATE + "46_p0_custom1200.jpg");
  }

  @Test
  void withoutARegularUrlTheMasterIsRebuiltFromASmallerOne() throws Exception {
    String small = HOST + "/c/540x540_70/img-master/" + DATE + "47_p0_master1200.jpg";
    serve(Map.of("/img-master/" + DATE + "47_p0_master1200.jpg", IMAGE));
    List<DownloadResult> r = client.downloads().artwork(work(workJson("47", original("47", "png"), null, small, "")), List.of(),
        options().build(), DownloadListener.NONE);
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.SAVED);
    assertThat(r.get(0).path().getFileName().toString()).isEqualTo("47_p0.jpg");
  }

  @Test
  void hiddenOriginalIsFoundFromTheAuthorsThumbnailOfTheWork() throws Exception {
    String thumb = HOST + "/c/250x250_80_a2/img-master/" + DATE + "48_p0_square1200.jpg";
    serve(Map.of("/img-original/" + DATE + "48_p0.jpg", IMAGE));
    String json = workJson("48", null, null, null, ",\"userIllusts\":{\"48\":{\"id\":\"48\",\"url\":" + q(thumb) + "},\"49\":null}");
    List<DownloadResult> r = client.downloads().artwork(work(json), List.of(), options().build(), DownloadListener.NONE);
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.SAVED);
    assertThat(seen).containsEntry("HEAD /img-original/" + DATE + "48_p0.jpg", 1).containsEntry("GET /img-original/" + DATE + "48_p0.jpg", 1);
  }

  @Test
  void workWithoutAnyImageUrlFailsNamingThePage() throws Exception {
    List<DownloadResult> r = client.downloads().artwork(work(workJson("50", null, null, null, "")), List.of(), options().build(), DownloadListener.NONE);
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.FAILED);
    assertThat(r.get(0).error()).isInstanceOf(PixivNotFoundException.class).hasMessageContaining("no image of page 0 of work 50");
    assertThat(images.getRequestCount()).isZero();
  }

  @Test
  void pageWhoseEveryCandidateIsGoneFailsWithTheLastOnesError() throws Exception {
    serve(Map.of());
    List<DownloadResult> r = client.downloads().artwork(work(workJson("51", original("51", "png"), master("51"), null, "")), List.of(),
        options().build(), DownloadListener.NONE);
    assertThat(r.get(0).error()).isInstanceOfSatisfying(PixivNotFoundException.class,
        e -> assertThat(e.path()).isEqualTo("/img-master/" + DATE + "51_p0_master1200.jpg"));
    assertThat(r.get(0).path()).isEqualTo(dir.toAbsolutePath().resolve("77/51_p0.jpg"));
  }

  // ---- failures of the caller's side ----

  @Test
  void listenerFailureReachesTheCallerUnwrapped() throws Exception {
    IllegalStateException boom = new IllegalStateException("listener broke");
    DownloadListener throwing = new DownloadListener() {
      @Override
      public void finished(DownloadResult result) {
        throw boom;
      }
    };
    assertThatThrownBy(() -> client.downloads().artwork(work(workJson("52", null, null, null, "")), List.of(), options().build(), throwing))
        .isSameAs(boom);
  }

  @Test
  void interruptedCallerGetsAPixivExceptionAndKeepsItsInterrupt() throws Exception {
    // The server holds the page, so the caller is still waiting when it notices its interrupt (a page
    // that finished first would be returned, not an error: the test raced before).
    images.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        return new MockResponse().setHeadersDelay(5, TimeUnit.SECONDS).setBody("late");
      }
    });
    IllustDetail w = work(workJson("53", original("53", "png"), null, null, ""));
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> client.downloads().artwork(w, List.of(), options().build(), DownloadListener.NONE))
        .isInstanceOf(PixivException.class).hasMessageContaining("interrupted while saving work 53");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void callerInterruptedBeforeASlotIsFreeFailsAndKeepsItsInterrupt() {
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> client.downloads(1).file(HOST + "/a/f.png", dir.resolve("f.png")))
        .isInstanceOf(PixivException.class).hasMessageContaining("interrupted while waiting for a download slot");
    assertThat(Thread.interrupted()).isTrue();
    assertThat(images.getRequestCount()).isZero();
  }

  // ---- parallelism ----

  @Test
  void parallelismIsReportedAndBounded() {
    assertThat(client.downloads(1).parallelism()).isEqualTo(1);
    assertThat(client.downloads(5).toString()).contains("parallelism=5");
    assertThat(client.downloads().parallelism()).isEqualTo(PixivClient.DEFAULT_DOWNLOAD_PARALLELISM);
  }

  /**
   * Holds each image request until a second one arrives or a short while passes: with one slot, the
   * second never arrives while the first is held.
   */
  final class Overlap extends Dispatcher {
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();
    final CountDownLatch two = new CountDownLatch(2);
    final Map<String, byte[]> files;

    Overlap(Map<String, byte[]> files) {
      this.files = files;
    }

    @Override
    public MockResponse dispatch(RecordedRequest r) throws InterruptedException {
      max.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      two.countDown();
      try {
        two.await(300, TimeUnit.MILLISECONDS);
        byte[] b = files.get(r.getPath());
        if (b == null) {
          return new MockResponse().setResponseCode(404);
        }
        return r.getMethod().equals("HEAD") ? new MockResponse() : new MockResponse().setBody(new Buffer().write(b));
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Test
  void oneSlotLetsOneImageRequestRunAtATimeAcrossCallers() throws Exception {
    Overlap overlap = new Overlap(Map.of("/a/1.png", IMAGE, "/a/2.png", IMAGE));
    images.setDispatcher(overlap);
    Downloads one = client.downloads(1);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      Future<DownloadResult> a = callers.submit(() -> one.file(HOST + "/a/1.png", dir.resolve("1.png")));
      Future<DownloadResult> b = callers.submit(() -> one.file(HOST + "/a/2.png", dir.resolve("2.png")));
      assertThat(a.get(10, TimeUnit.SECONDS).status()).isEqualTo(DownloadResult.Status.SAVED);
      assertThat(b.get(10, TimeUnit.SECONDS).status()).isEqualTo(DownloadResult.Status.SAVED);
    } finally {
      callers.shutdownNow();
    }
    assertThat(overlap.max.get()).isEqualTo(1);
  }

  @Test
  void probesTakeTheSameSlotAsDownloads() throws Exception {
    String thumb = HOST + "/img-master/" + DATE + "54_p0_master1200.jpg";
    Overlap overlap = new Overlap(Map.of("/a/1.png", IMAGE, "/img-original/" + DATE + "54_p0.jpg", IMAGE));
    images.setDispatcher(overlap);
    Downloads one = client.downloads(1);
    IllustDetail w = work(workJson("54", null, null, thumb, ""));
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      Future<DownloadResult> a = callers.submit(() -> one.file(HOST + "/a/1.png", dir.resolve("1.png")));
      Future<List<DownloadResult>> b = callers.submit(() -> one.artwork(w, List.of(), options().build(), DownloadListener.NONE));
      assertThat(a.get(10, TimeUnit.SECONDS).status()).isEqualTo(DownloadResult.Status.SAVED);
      assertThat(b.get(10, TimeUnit.SECONDS).get(0).status()).isEqualTo(DownloadResult.Status.SAVED);
      // A second artwork on the same instance: a probe that kept its slot would block it for good.
      assertThat(one.artwork(w, List.of(), options().build(), DownloadListener.NONE).get(0).status()).isEqualTo(DownloadResult.Status.SKIPPED);
    } finally {
      callers.shutdownNow();
    }
    assertThat(overlap.max.get()).isEqualTo(1);
  }

  // ---- options, archive, template: plain values ----

  @Test
  void optionsKeepTheirValuesAndSayThem() throws Exception {
    DownloadOptions o = options().parallelism(5).abortAfterKnown(7).metadata(true).build();
    assertThat(o.parallelism()).isEqualTo(5);
    assertThat(o.abortAfterKnown()).isEqualTo(7);
    assertThat(o.metadata()).isTrue();
    assertThat(DownloadOptions.defaults().metadata()).isFalse();
    DownloadOptions least = options().parallelism(1).abortAfterKnown(0).build();
    assertThat(least.parallelism()).isEqualTo(1);
    assertThat(least.abortAfterKnown()).isZero();
    assertThatThrownBy(() -> options().parallelism(0)).hasMessageContaining("parallelism");
    assertThatThrownBy(() -> options().abortAfterKnown(-1)).hasMessageContaining("abortAfterKnown");
    assertThat(DownloadOptions.UgoiraMode.GIF.format()).isEqualTo(io.github.pixivajax.core.ugoira.UgoiraFormat.GIF);
    assertThat(DownloadOptions.UgoiraMode.ZIP.format()).isNull();
    assertThat(o.toString()).contains("parallelism=5", "abortAfterKnown=7", "archive=none", "metadata=true", "size=ORIGINAL");
    try (DownloadArchive a = DownloadArchive.open(dir.resolve("x.sqlite"))) {
      assertThat(options().archive(a).build().toString()).contains("archive=" + dir.toAbsolutePath().resolve("x.sqlite"));
      assertThat(a.toString()).isEqualTo("DownloadArchive{" + dir.toAbsolutePath().resolve("x.sqlite") + "}");
    }
  }

  @Test
  void closedArchiveRefusesReads() {
    DownloadArchive a = DownloadArchive.open(dir.resolve("c.sqlite"));
    a.close();
    assertThatThrownBy(() -> a.find("1", 0)).isInstanceOf(PixivException.class).hasMessageContaining("cannot read");
  }

  @Test
  void templatesAreEqualByTheirText() {
    NameTemplate a = NameTemplate.parse("{id}_p{page}.{ext}");
    assertThat(a).isEqualTo(NameTemplate.parse("{id}_p{page}.{ext}")).hasSameHashCodeAs(NameTemplate.parse("{id}_p{page}.{ext}"))
        .isNotEqualTo(NameTemplate.DEFAULT).isNotEqualTo("{id}_p{page}.{ext}");
    assertThat(a.hashCode()).isEqualTo("{id}_p{page}.{ext}".hashCode());
    assertThat(a.toString()).isEqualTo("{id}_p{page}.{ext}");
    assertThatThrownBy(() -> NameTemplate.parse("\0{id}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
  }

}
