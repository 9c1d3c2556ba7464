package io.github.pixivajax.examples.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Startup, the rate limit, the new-artwork ticker and a clean shutdown. */
class FakePixivLifecycleTest {
  // How fast it starts is for benchmarks (pixiv bench), not for a timed assertion on a shared machine.
  @Test
  void startsOnAnEphemeralLoopbackPort() {
    try (FakePixiv fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build())) {
      assertThat(fake.port()).isPositive();
      assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + fake.port() + "/");
      new Http(fake).get("ajax/illust/1");
      new Http(fake).get("nope");
      assertThat(fake.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void beyondTheRateLimitAnswers429WithRetryAfter() {
    FakePixiv.Options options = FakePixiv.Options.builder()
        .rateLimit(5, 60).retryAfterSeconds(7).newArtworkEvery(null).build();
    try (FakePixiv fake = FakePixiv.start(options)) {
      Http http = new Http(fake);
      for (int i = 0; i < 5; i++) {
        assertThat(http.get("ajax/illust/1").status()).isEqualTo(200);
      }
      Http.Response limited = http.get("ajax/illust/1");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo("7");
      assertThat(limited.json().get("error").asBoolean()).isTrue();
      assertThat(limited.json().get("message").asText()).isNotBlank();
      assertThat(fake.requestCount()).isEqualTo(6);
    }
  }

  @Test
  void theTickerAddsArtworks() throws Exception {
    try (FakePixiv fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(Duration.ofMillis(50)).build())) {
      int before = fake.artworkCount();
      awaitUntil(() -> fake.artworkCount() >= before + 2);
      assertThat(fake.artworkCount()).isGreaterThanOrEqualTo(before + 2);
    }
  }

  @Test
  void closeStopsTheTicker() throws Exception {
    FakePixiv fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(Duration.ofMillis(20)).build());
    int start = fake.artworkCount();
    awaitUntil(() -> fake.artworkCount() > start);
    fake.close();
    int closed = fake.artworkCount();
    // Nothing more happens: several ticks' worth of polling sees the same count.
    for (int i = 0; i < 15; i++) {
      Thread.sleep(20);
      assertThat(fake.artworkCount()).as("artworks after close").isEqualTo(closed);
    }
  }

  /** Waits for {@code condition}, generously bounded so a loaded machine only slows the test down. */
  private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting");
      }
      Thread.sleep(10);
    }
  }

  @Test
  void closeLeavesNoServerThreads() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    FakePixiv fake = FakePixiv.start(FakePixiv.Options.defaults());
    new Http(fake).get("ajax/illust/1");
    assertThat(serverThreads(before)).as("the server's own threads while it runs").isNotEmpty();
    fake.close();
    fake.close();
    assertThat(serverThreads(before)).isEmpty();
  }

  /** Live threads started since {@code before} that are non-daemon or the fake's. */
  private static List<String> serverThreads(Set<Thread> before) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !before.contains(t))
        .filter(t -> !t.isDaemon() || t.getName().startsWith("fake-pixiv"))
        .map(Thread::getName)
        .collect(Collectors.toList());
  }
}
