package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.pixivajax.examples.fake.FakeIds;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pixiv download illust A B --parallel 1}: while A's only image is still arriving, B's metadata is
 * already read (one work more than {@code --parallel} in flight), and B's image waits for the slot.
 */
class DownloadWorksAheadCliTest {
  @TempDir Path dir;

  @Test
  void theNextWorkIsReadWhileTheCurrentImageTransfersAndItsImageWaitsForTheSlot() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger imageRequests = new AtomicInteger();
    HttpServer images = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    images.createContext("/", ex -> {
      imageRequests.incrementAndGet();
      try (OutputStream o = ex.getResponseBody()) {
        byte[] body = new byte[2048];
        ex.sendResponseHeaders(200, body.length);
        release.await(30, TimeUnit.SECONDS);
        o.write(body);
      } catch (Exception ignored) {
        // the client went away
      }
    });
    images.start();
    try (FakePixiv fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build())) {
      long a = FakeIds.singlePage(fake, 1);
      long b = FakeIds.singlePage(fake, a + 1);
      String[] args = {"--base-url", fake.baseUrl(), "--image-base-url", "http://127.0.0.1:" + images.getAddress().getPort() + "/",
          "--session", FakePixiv.DEMO_SESSION, "--rate", "0", "--timeout", "60", "--format", "jsonl", "download", "illust", "--dir", dir.toString(),
          "--no-archive", "--parallel", "1", String.valueOf(a), String.valueOf(b)};
      StringWriter out = new StringWriter();
      CompletableFuture<Integer> code =
          CompletableFuture.supplyAsync(() -> Cli.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));

      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (imageRequests.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(imageRequests).as("A's image is being transferred").hasValue(1);
      while (!requested(fake, "/ajax/illust/" + b) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(requested(fake, "/ajax/illust/" + b)).as("B's metadata is read while A's image is held").isTrue();
      assertThat(out.toString()).as("A is neither saved nor failed yet").isEmpty();
      // Nothing more: B's image waits for the one slot (a bounded look, not a timing).
      long quiet = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
      while (imageRequests.get() == 1 && System.nanoTime() < quiet) {
        Thread.sleep(10);
      }
      assertThat(imageRequests).as("B's image waits for the one slot").hasValue(1);

      release.countDown();
      assertThat(code.get(30, TimeUnit.SECONDS)).isZero();
      assertThat(imageRequests).hasValue(2);
      assertThat(out.toString().lines().filter(l -> l.contains("\"saved\"") || l.contains("SAVED"))).hasSize(2);
    } finally {
      release.countDown();
      images.stop(0);
    }
  }

  private static boolean requested(FakePixiv fake, String path) {
    return fake.recordedRequests().stream().anyMatch(r -> r.path().equals(path));
  }
}
