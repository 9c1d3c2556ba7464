package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.PixivApiException;
import io.github.pixivajax.core.PixivNetworkException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivServerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Range/Content-Range handling, the transfer loop and failures of {@link FileDownloader}, on loopback. */
class FileDownloaderTest {
  // Larger than the 256 KiB transfer buffer, so that the loop and the prefix hash take two rounds.
  static final byte[] BIG = bytes(300_000, 3);

  @TempDir Path dir;
  MockWebServer server;
  FileDownloader files;
  final List<long[]> progress = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    files = new FileDownloader(new OkHttpClient.Builder().readTimeout(200, TimeUnit.MILLISECONDS).build());
  }

  @AfterEach
  void stop() throws Exception {
    Thread.interrupted(); // never leak a flag into the next test
    server.shutdown();
  }

  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  static MockResponse body(byte[] b) {
    return new MockResponse().setBody(new Buffer().write(b));
  }

  FileDownloader.Saved get(Path target, boolean hash) {
    return files.download(server.url("/img/x.png"), target, (delta, total) -> progress.add(new long[] {delta, total}), hash, true);
  }

  long progressed() {
    return progress.stream().mapToLong(p -> p[0]).sum();
  }

  @Test
  void contentRangeIsParsedIntoFirstLastAndTotal() {
    assertThat(FileDownloader.contentRange("bytes 100-299/300")).containsExactly(100, 299, 300);
    assertThat(FileDownloader.contentRange(" bytes 0-9/* ")).containsExactly(0, 9, -1);
    assertThat(FileDownloader.contentRange("bytes */4096")).containsExactly(-1, -1, 4096);
    assertThat(FileDownloader.contentRange("bytes 1-2")).isNull();
    assertThat(FileDownloader.contentRange(null)).isNull();
  }

  @Test
  void freshDownloadOfMoreThanOneBufferIsWholeHashedAndReportsEveryByteOnce() throws Exception {
    server.enqueue(body(BIG));
    Path target = dir.resolve("a/big.png");

    FileDownloader.Saved saved = get(target, true);

    assertThat(Files.readAllBytes(target)).isEqualTo(BIG);
    assertThat(saved).isEqualTo(new FileDownloader.Saved(target, BIG.length, sha256(BIG), false));
    assertThat(server.takeRequest().getHeader("Range")).isNull();
    assertThat(progressed()).isEqualTo(BIG.length);
    assertThat(progress).allSatisfy(p -> {
      assertThat(p[0]).isPositive(); // no empty progress calls
      assertThat(p[1]).isEqualTo(BIG.length);
    });
  }

  @Test
  void emptyFileIsSavedWithoutAnyProgressCall() throws Exception {
    server.enqueue(body(new byte[0]));
    Path target = dir.resolve("empty.png");
    FileDownloader.Saved saved = get(target, false);
    assertThat(target).exists().isEmptyFile();
    assertThat(saved.size()).isZero();
    assertThat(saved.sha256()).isNull();
    assertThat(progress).isEmpty();
  }

  @Test
  void resumeOfMoreThanOneBufferHashesThePartAndReportsItFirst() throws Exception {
    int have = 280_000; // the prefix hash reads it in two rounds
    Path target = dir.resolve("big.png");
    Files.write(dir.resolve("big.png.part"), Arrays.copyOf(BIG, have));
    server.enqueue(body(Arrays.copyOfRange(BIG, have, BIG.length)).setResponseCode(206)
        .setHeader("Content-Range", "bytes " + have + "-" + (BIG.length - 1) + "/" + BIG.length));

    FileDownloader.Saved saved = get(target, true);

    assertThat(server.takeRequest().getHeader("Range")).isEqualTo("bytes=" + have + "-");
    assertThat(Files.readAllBytes(target)).isEqualTo(BIG);
    assertThat(saved).isEqualTo(new FileDownloader.Saved(target, BIG.length, sha256(BIG), true));
    assertThat(progress.get(0)).containsExactly(have, BIG.length);
    assertThat(progressed()).isEqualTo(BIG.length);
  }

  @Test
  void rangeEndingBeforeTheTotalKeepsThePartAndFails() throws Exception {
    Path target = dir.resolve("short.png");
    Path part = dir.resolve("short.png.part");
    Files.write(part, Arrays.copyOf(BIG, 100));
    server.enqueue(body(Arrays.copyOfRange(BIG, 100, 200)).setResponseCode(206).setHeader("Content-Range", "bytes 100-199/500"));

    assertThatThrownBy(() -> get(target, false)).isInstanceOf(PixivNetworkException.class)
        .hasMessageContaining("200 of 500");
    assertThat(target).doesNotExist();
    assertThat(Files.readAllBytes(part)).isEqualTo(Arrays.copyOf(BIG, 200)); // resumable from there
  }

  @Test
  void completePartAnswered416IsPublishedWithItsHashAndNoBody() throws Exception {
    Path target = dir.resolve("done.png");
    Files.write(dir.resolve("done.png.part"), BIG);
    server.enqueue(new MockResponse().setResponseCode(416).setHeader("Content-Range", "bytes */" + BIG.length));

    FileDownloader.Saved saved = get(target, true);

    assertThat(saved).isEqualTo(new FileDownloader.Saved(target, BIG.length, sha256(BIG), true));
    assertThat(Files.readAllBytes(target)).isEqualTo(BIG);
    assertThat(dir.resolve("done.png.part")).doesNotExist();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void completePartAnswered416WithoutHashingHasNoChecksum() throws Exception {
    Path target = dir.resolve("done.png");
    Files.write(dir.resolve("done.png.part"), BIG);
    server.enqueue(new MockResponse().setResponseCode(416).setHeader("Content-Range", "bytes */" + BIG.length));
    assertThat(get(target, false)).isEqualTo(new FileDownloader.Saved(target, BIG.length, null, true));
  }

  @ParameterizedTest(name = "Content-Range {0}")
  @CsvSource({"bytes */400", "none"})
  void partNotMatching416IsRefetchedWhole(String contentRange) throws Exception {
    Path target = dir.resolve("changed.png");
    Files.write(dir.resolve("changed.png.part"), Arrays.copyOf(BIG, 500)); // the file changed on the server
    MockResponse refused = new MockResponse().setResponseCode(416);
    if (!contentRange.equals("none")) {
      refused.setHeader("Content-Range", contentRange);
    }
    server.enqueue(refused);
    server.enqueue(body(BIG));

    FileDownloader.Saved saved = get(target, true);

    assertThat(server.takeRequest().getHeader("Range")).isEqualTo("bytes=500-");
    assertThat(server.takeRequest().getHeader("Range")).isNull();
    assertThat(Files.readAllBytes(target)).isEqualTo(BIG);
    assertThat(saved).isEqualTo(new FileDownloader.Saved(target, BIG.length, sha256(BIG), false));
  }

  @Test
  void unrequested206IsAnErrorNotAFile() {
    Path target = dir.resolve("odd.png");
    server.enqueue(body(new byte[10]).setResponseCode(206).setHeader("Content-Range", "bytes 0-9/10"));
    assertThatThrownBy(() -> get(target, false)).isInstanceOfSatisfying(PixivApiException.class, e -> assertThat(e.status()).isEqualTo(206));
    assertThat(target).doesNotExist();
    assertThat(dir.resolve("odd.png.part")).doesNotExist(); // an empty part is no use for resuming
  }

  @Test
  void unrequested416IsAnErrorNotAnEmptyFile() {
    Path target = dir.resolve("odd.png");
    server.enqueue(new MockResponse().setResponseCode(416).setHeader("Content-Range", "bytes */0"));
    assertThatThrownBy(() -> get(target, false)).isInstanceOfSatisfying(PixivApiException.class, e -> assertThat(e.status()).isEqualTo(416));
    assertThat(target).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"404, NOT_FOUND", "410, NOT_FOUND", "500, SERVER", "503, SERVER", "499, API", "400, API"})
  void statusesMapToTypedExceptions(int status, String kind) {
    server.enqueue(new MockResponse().setResponseCode(status));
    Class<?> type = switch (kind) {
      case "NOT_FOUND" -> PixivNotFoundException.class;
      case "SERVER" -> PixivServerException.class;
      default -> PixivApiException.class;
    };
    assertThatThrownBy(() -> get(dir.resolve("s.png"), false)).isExactlyInstanceOf(type)
        .isInstanceOfSatisfying(PixivApiException.class, e -> {
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.path()).isEqualTo("/img/x.png");
        });
    assertThat(dir.resolve("s.png.part")).doesNotExist();
  }

  @Test
  void connectionCutBeforeAnyByteLeavesNoPart() {
    server.enqueue(body(BIG).setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    assertThatThrownBy(() -> get(dir.resolve("cut.png"), false)).isInstanceOf(PixivNetworkException.class);
    assertThat(dir.resolve("cut.png")).doesNotExist();
    assertThat(dir.resolve("cut.png.part")).doesNotExist();
  }

  @Test
  void readTimeoutFailsAsNetworkErrorWithoutInterruptingTheCaller() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    assertThatThrownBy(() -> get(dir.resolve("slow.png"), false)).isInstanceOf(PixivNetworkException.class);
    assertThat(Thread.currentThread().isInterrupted()).as("a timeout is no interrupt").isFalse();
    assertThat(dir.resolve("slow.png.part")).doesNotExist();
  }

  @Test
  void interruptedCallerFailsKeepsItsInterruptAndLeavesNoEmptyPart() {
    server.enqueue(body(BIG));
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> get(dir.resolve("i.png"), false)).isInstanceOf(PixivNetworkException.class);
    assertThat(Thread.interrupted()).as("interrupt status kept").isTrue();
    assertThat(dir.resolve("i.png")).doesNotExist();
    assertThat(dir.resolve("i.png.part")).doesNotExist();
  }
}
