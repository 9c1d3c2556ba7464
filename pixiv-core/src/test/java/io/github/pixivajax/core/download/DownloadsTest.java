package io.github.pixivajax.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.DownloadResult;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivForbiddenException;
import io.github.pixivajax.core.PixivNetworkException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.RequestLimiter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadsTest {
  static final String SECRET = "777_SeSsIoNsEcReTvAlUe0123456789";
  static final String DATE = "img/2024/05/01/12/34/56/";
  static final byte[] IMAGE = bytes(200_000, 7);

  @TempDir Path dir;
  MockWebServer pixiv;
  MockWebServer images;
  CountingLimiter limiter;
  PixivClient client;

  @BeforeEach
  void start() throws Exception {
    pixiv = new MockWebServer();
    images = new MockWebServer();
    pixiv.start();
    images.start();
    limiter = new CountingLimiter();
    client = client(null);
  }

  PixivClient client(@Nullable OkHttpClient base) {
    PixivClient.Builder b = PixivClient.builder()
        .baseUrl(pixiv.url("/").toString())
        .imageBaseUrl(images.url("/").toString())
        .session(PixivSession.ofPhpSessId(SECRET))
        .requestLimiter(limiter);
    if (base != null) {
      b.okHttpClient(base);
    }
    return b.build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    pixiv.shutdown();
    images.shutdown();
  }

  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static MockResponse body(byte[] b) {
    return new MockResponse().setBody(new Buffer().write(b));
  }

  String original(long id, int page, String ext) {
    return "https://i.pximg.net/img-original/" + DATE + id + "_p" + page + "." + ext;
  }

  @Test
  void cutConnectionLeavesOnlyAPartFileAndRangeResumesIt() throws Exception {
    Path target = dir.resolve("a/1_p0.png");
    images.enqueue(body(IMAGE).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    assertThatThrownBy(() -> client.downloads().file(original(1, 0, "png"), target))
        .isInstanceOf(PixivNetworkException.class);
    assertThat(target).doesNotExist();
    Path part = dir.resolve("a/1_p0.png.part");
    assertThat(part).exists();
    long have = Files.size(part);
    assertThat(have).isGreaterThan(0).isLessThan(IMAGE.length);
    images.takeRequest();

    byte[] rest = java.util.Arrays.copyOfRange(IMAGE, (int) have, IMAGE.length);
    images.enqueue(body(rest).setResponseCode(206)
        .setHeader("Content-Range", "bytes " + have + "-" + (IMAGE.length - 1) + "/" + IMAGE.length));
    DownloadResult r = client.downloads().file(original(1, 0, "png"), target);

    assertThat(images.takeRequest().getHeader("Range")).isEqualTo("bytes=" + have + "-");
    assertThat(Files.readAllBytes(target)).isEqualTo(IMAGE);
    assertThat(part).doesNotExist();
    assertThat(r.bytes()).isEqualTo(IMAGE.length);
    assertThat(r.sha256()).isEqualTo(sha256(IMAGE));
  }

  @Test
  void serverIgnoringRangeRestartsFromZero() throws Exception {
    Path target = dir.resolve("2_p0.jpg");
    Files.write(dir.resolve("2_p0.jpg.part"), new byte[] {9, 9, 9, 9});
    images.enqueue(body(IMAGE)); // 200: the whole file, not a range
    client.downloads().file(original(2, 0, "jpg"), target);
    assertThat(images.takeRequest().getHeader("Range")).isEqualTo("bytes=4-");
    assertThat(Files.readAllBytes(target)).isEqualTo(IMAGE);
  }

  @Test
  void mismatchedContentRangeIsRefetchedWhole() throws Exception {
    Path target = dir.resolve("3_p0.jpg");
    Files.write(dir.resolve("3_p0.jpg.part"), java.util.Arrays.copyOf(IMAGE, 1000));
    images.enqueue(body(java.util.Arrays.copyOfRange(IMAGE, 10, IMAGE.length)).setResponseCode(206)
        .setHeader("Content-Range", "bytes 10-" + (IMAGE.length - 1) + "/" + IMAGE.length));
    images.enqueue(body(IMAGE));
    client.downloads().file(original(3, 0, "jpg"), target);
    assertThat(images.takeRequest().getHeader("Range")).isEqualTo("bytes=1000-");
    assertThat(images.takeRequest().getHeader("Range")).isNull();
    assertThat(Files.readAllBytes(target)).isEqualTo(IMAGE);
  }

  @Test
  void truncatedBodyIsNotRenamed() throws Exception {
    Path target = dir.resolve("4_p0.jpg");
    images.enqueue(body(IMAGE).setHeader("Content-Length", IMAGE.length + 100).setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    assertThatThrownBy(() -> client.downloads().file(original(4, 0, "jpg"), target)).isInstanceOf(PixivNetworkException.class);
    assertThat(target).doesNotExist();
  }

  @Test
  void imageRequestsCarryRefererAndNeverTheSessionEvenAfterARedirect() throws Exception {
    // The base OkHttpClient itself adds a Cookie: the image stack must still strip it.
    OkHttpClient leaky = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Cookie", "PHPSESSID=" + SECRET).build()))
        .build();
    client.close();
    client = client(leaky);
    // The redirect target is pixiv's own origin: the session cookie interceptor would match it.
    images.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", pixiv.url("/moved/5_p0.jpg")));
    pixiv.enqueue(body(IMAGE));
    client.downloads().file(original(5, 0, "jpg"), dir.resolve("5.jpg"));

    RecordedRequest first = images.takeRequest();
    RecordedRequest second = pixiv.takeRequest();
    for (RecordedRequest r : List.of(first, second)) {
      assertThat(r.getHeader("Referer")).isEqualTo("https://www.pixiv.net/");
      assertThat(r.getHeader("Cookie")).isNull();
      assertThat(r.getHeader("x-csrf-token")).isNull();
    }
    assertThat(first.getPath()).isEqualTo("/img-original/" + DATE + "5_p0.jpg");
    assertThat(second.getPath()).isEqualTo("/moved/5_p0.jpg");
    assertThat(limiter.acquired.get()).isZero();
  }

  @Test
  void apiCallsTakeLimiterPermitsButImageRequestsDoNot() throws Exception {
    pixiv.enqueue(detail(10, 1, original(10, 0, "png"), master(10, 0)));
    images.enqueue(body(IMAGE));
    List<DownloadResult> r = client.downloads().illust(10, DownloadOptions.builder().directory(dir).build());
    assertThat(r).extracting(DownloadResult::status).containsExactly(DownloadResult.Status.SAVED);
    assertThat(r.get(0).path()).isEqualTo(dir.toAbsolutePath().resolve("77/10_p0.png"));
    assertThat(limiter.acquired.get()).isEqualTo(1);
    assertThat(pixiv.takeRequest().getHeader("Cookie")).contains(SECRET);
    assertThat(images.takeRequest().getHeader("Cookie")).isNull();
  }

  @Test
  void hiddenOriginalIsProbedJpgPngGifThenSaved() throws Exception {
    pixiv.enqueue(detail(11, 1, null, master(11, 0)));
    Map<String, Integer> seen = route(Map.of("/img-original/" + DATE + "11_p0.png", IMAGE));
    List<DownloadResult> r = client.downloads().illust(11, DownloadOptions.builder().directory(dir).build());
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.SAVED);
    assertThat(r.get(0).path().getFileName().toString()).isEqualTo("11_p0.png");
    assertThat(seen).containsEntry("HEAD /img-original/" + DATE + "11_p0.jpg", 1)
        .containsEntry("HEAD /img-original/" + DATE + "11_p0.png", 1)
        .containsEntry("GET /img-original/" + DATE + "11_p0.png", 1)
        .doesNotContainKey("HEAD /img-original/" + DATE + "11_p0.gif");
  }

  @Test
  void goneOriginalFallsBackToMaster1200() throws Exception {
    pixiv.enqueue(detail(12, 1, original(12, 0, "png"), master(12, 0)));
    Map<String, Integer> seen = route(Map.of("/img-master/" + DATE + "12_p0_master1200.jpg", IMAGE));
    List<DownloadResult> r = client.downloads().illust(12, DownloadOptions.builder().directory(dir).build());
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.SAVED);
    assertThat(r.get(0).path().getFileName().toString()).isEqualTo("12_p0.jpg");
    assertThat(Files.readAllBytes(r.get(0).path())).isEqualTo(IMAGE);
    assertThat(seen).containsKeys("GET /img-original/" + DATE + "12_p0.png", "GET /img-master/" + DATE + "12_p0_master1200.jpg");
    assertThat(dir.resolve("77/12_p0.png")).doesNotExist();
  }

  @Test
  void forbiddenIsTypedAndLeavesNothing() throws Exception {
    images.enqueue(new MockResponse().setResponseCode(403));
    assertThatThrownBy(() -> client.downloads().file(original(13, 0, "jpg"), dir.resolve("13.jpg")))
        .isInstanceOf(PixivForbiddenException.class).hasMessageContaining("Referer");
    assertThat(dir.resolve("13.jpg")).doesNotExist();
    assertThat(dir.resolve("13.jpg.part")).doesNotExist();
  }

  @Test
  void everyCandidateGoneFailsOnlyThatPageAsNotFound() throws Exception {
    pixiv.enqueue(detail(14, 2, null, null));
    pixiv.enqueue(new MockResponse().setBody("{\"error\":false,\"body\":["
        + "{\"urls\":{\"original\":\"" + original(14, 0, "jpg") + "\",\"regular\":\"" + master(14, 0) + "\"},\"width\":1,\"height\":1},"
        + "{\"urls\":{\"original\":\"" + original(14, 1, "jpg") + "\",\"regular\":\"" + master(14, 1) + "\"},\"width\":1,\"height\":1}]}"));
    route(Map.of("/img-original/" + DATE + "14_p1.jpg", IMAGE));
    List<DownloadResult> r = client.downloads().illust(14, DownloadOptions.builder().directory(dir).build());
    assertThat(r).extracting(DownloadResult::page).containsExactly(0, 1);
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.FAILED);
    assertThat(r.get(0).error()).isInstanceOf(PixivNotFoundException.class);
    assertThat(r.get(1).status()).isEqualTo(DownloadResult.Status.SAVED);
  }

  @Test
  void archivedWorkIsSkippedWithoutAnyRequest() throws Exception {
    pixiv.enqueue(detail(15, 1, original(15, 0, "jpg"), master(15, 0)));
    images.enqueue(body(IMAGE));
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve(".pixiv-archive.sqlite"))) {
      DownloadOptions o = DownloadOptions.builder().directory(dir).archive(archive).metadata(true).build();
      assertThat(client.downloads().illust(15, o)).extracting(DownloadResult::status).containsExactly(DownloadResult.Status.SAVED);
      assertThat(dir.resolve("77/15_p0.jpg.json")).content().contains("\"id\" : \"15\"");
      int api = pixiv.getRequestCount();
      int img = images.getRequestCount();

      List<DownloadResult> again = client.downloads().illust(15, o);

      assertThat(again).extracting(DownloadResult::status).containsExactly(DownloadResult.Status.SKIPPED);
      assertThat(again.get(0).sha256()).isEqualTo(sha256(IMAGE));
      assertThat(pixiv.getRequestCount()).isEqualTo(api);
      assertThat(images.getRequestCount()).isEqualTo(img);
    }
  }

  @Test
  void existingFileUnderTheFinalNameIsSkippedWithoutAnImageRequest() throws Exception {
    pixiv.enqueue(detail(16, 1, original(16, 0, "jpg"), master(16, 0)));
    Files.createDirectories(dir.resolve("77"));
    Files.write(dir.resolve("77/16_p0.jpg"), IMAGE);
    List<DownloadResult> r = client.downloads().illust(16, DownloadOptions.builder().directory(dir).build());
    assertThat(r.get(0).status()).isEqualTo(DownloadResult.Status.SKIPPED);
    assertThat(images.getRequestCount()).isZero();
  }

  @Test
  void withoutAnArchiveNoChecksumIsComputedAndWithoutFsyncTheFileIsStillRenamedWhole() throws Exception {
    pixiv.enqueue(detail(17, 1, original(17, 0, "png"), master(17, 0)));
    images.enqueue(body(IMAGE));
    DownloadOptions o = DownloadOptions.builder().directory(dir).fsync(false).build();
    assertThat(o.fsync()).isFalse();
    assertThat(DownloadOptions.defaults().fsync()).isTrue();

    List<DownloadResult> r = client.downloads().illust(17, o);

    assertThat(r).extracting(DownloadResult::status).containsExactly(DownloadResult.Status.SAVED);
    assertThat(r.get(0).sha256()).isNull(); // only an archive keeps it: no CPU spent on it
    assertThat(r.get(0).bytes()).isEqualTo(IMAGE.length);
    assertThat(Files.readAllBytes(dir.resolve("77/17_p0.png"))).isEqualTo(IMAGE);
    assertThat(dir.resolve("77/17_p0.png.part")).doesNotExist();
  }

  @Test
  void imageBaseUrlSwapsOnlyPximgHosts() {
    assertThat(client.downloads().imageUrl("https://i.pximg.net/a/b.jpg?x=1")).isEqualTo(images.url("/a/b.jpg?x=1").toString());
    assertThat(client.downloads().imageUrl("https://s.pximg.net/common/x.png")).isEqualTo(images.url("/common/x.png").toString());
    assertThat(client.downloads().imageUrl("https://example.com/a.jpg")).isEqualTo("https://example.com/a.jpg");
    assertThatThrownBy(() -> PixivClient.builder().imageBaseUrl("https://mirror.example/sub/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("imageBaseUrl");
  }

  // ---- helpers ----

  static String master(long id, int page) {
    return "https://i.pximg.net/img-master/" + DATE + id + "_p" + page + "_master1200.jpg";
  }

  static MockResponse detail(long id, int pageCount, @Nullable String original, @Nullable String regular) {
    String urls = "{\"original\":" + quote(original) + ",\"regular\":" + quote(regular) + ",\"small\":null,\"thumb\":null,\"mini\":null}";
    if (original == null && regular == null) {
      urls = "{\"original\":null,\"regular\":null,\"small\":null,\"thumb\":null,\"mini\":null}";
    }
    return new MockResponse().setBody("{\"error\":false,\"message\":\"\",\"body\":{\"id\":\"" + id + "\",\"title\":\"t/../" + id
        + "\",\"illustType\":0,\"userId\":\"77\",\"userName\":\"u\",\"pageCount\":" + pageCount
        + ",\"uploadDate\":\"2024-05-01T12:34:56+09:00\",\"urls\":" + urls + "}}");
  }

  static String quote(@Nullable String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  /** Serves {@code files} by path (GET and HEAD), 404 for anything else; counts requests by "METHOD path". */
  Map<String, Integer> route(Map<String, byte[]> files) {
    Map<String, Integer> seen = new ConcurrentHashMap<>();
    ImageHost.serve(images, files, seen);
    return seen;
  }

  static String sha256(byte[] b) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
  }

  static final class CountingLimiter implements RequestLimiter {
    final AtomicInteger acquired = new AtomicInteger();

    @Override
    public void acquire() {
      acquired.incrementAndGet();
    }

    @Override
    public Duration rateLimited(@Nullable Duration retryAfter) {
      return Duration.ZERO;
    }

    @Override
    public void succeeded() {}

    @Override
    public Duration remainingPause() {
      return Duration.ZERO;
    }
  }
}
