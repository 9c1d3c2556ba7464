package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.internal.RedisLimiter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.RedisClient;

/** {@link RedisRequestLimiter} against a real redis-server: several limiters, one budget. */
@ExtendWith(RedisServer.Extension.class)
class RedisRequestLimiterTest {
  private final List<RedisRequestLimiter> limiters = new ArrayList<>();
  private RedisClient probe;
  private RedisServer server;
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private String account;

  @BeforeEach
  void connect(RedisServer server) {
    this.server = server;
    probe = RedisClient.create(java.net.URI.create(server.uri()));
    account = "account-" + ACCOUNTS.incrementAndGet();
  }

  @AfterEach
  void close() throws Exception {
    limiters.forEach(RedisRequestLimiter::close);
    probe.close();
  }

  /** A limiter with its own Redis connections. */
  private RedisLimiter limiter(double rate) {
    return limiter(RedisRequestLimiter.builder(server.uri()).accountId(account).permitsPerSecond(rate));
  }

  private RedisLimiter limiter(RedisRequestLimiter.Builder b) {
    RedisRequestLimiter l = b.build();
    limiters.add(l);
    return (RedisLimiter) l;
  }

  /** The most slots (µs) that fall in any half-open second. */
  private static int busiestSecond(List<Long> slots) {
    List<Long> s = new ArrayList<>(slots);
    Collections.sort(s);
    int busiest = 0;
    for (int i = 0, j = 0; i < s.size(); i++) {
      while (s.get(i) - s.get(j) >= 1_000_000) {
        j++;
      }
      busiest = Math.max(busiest, i - j + 1);
    }
    return busiest;
  }

  private static long smallestGap(List<Long> slots) {
    List<Long> s = new ArrayList<>(slots);
    Collections.sort(s);
    long gap = Long.MAX_VALUE;
    for (int i = 1; i < s.size(); i++) {
      gap = Math.min(gap, s.get(i) - s.get(i - 1));
    }
    return gap;
  }

  @Test
  void limitersOnSeparateConnectionsTogetherNeverExceedTheRateInAnySecond() throws Exception {
    int rate = 20;
    List<RedisLimiter> three = List.of(limiter(rate), limiter(rate), limiter(rate));
    List<Long> slots = new CopyOnWriteArrayList<>();
    Map<Integer, AtomicInteger> perLimiter = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int which = t % 3;
        runs.add(pool.submit(() -> {
          for (int i = 0; i < 4; i++) {
            slots.add(three.get(which).acquireSlot());
            perLimiter.computeIfAbsent(which, k -> new AtomicInteger()).incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : runs) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    // 24 grants at 20/s span 1.2 s: a doubled rate would put them all inside one second.
    assertThat(slots).hasSize(24).doesNotContain(-1L);
    assertThat(perLimiter).containsOnlyKeys(0, 1, 2);
    // Slots are instants of Redis's clock: a property of the grants, whatever the test machine's load.
    assertThat(smallestGap(slots)).as("no two grants closer than 1/rate").isGreaterThanOrEqualTo(1_000_000 / rate);
    assertThat(busiestSecond(slots)).isLessThanOrEqualTo(rate);
  }

  // Its JVMs run unmutated classes: PIT (-Ppit) skips it.
  @Tag("heavyweight")
  @Test
  void separateJvmsShareOneBudget() throws Exception {
    int rate = 10;
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> jvms = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      jvms.add(new ProcessBuilder(java, "-cp", cp, RedisLimiterWorker.class.getName(), server.uri(), account,
          Integer.toString(rate), "12").redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }
    List<Long> slots = new ArrayList<>();
    for (Process p : jvms) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
        r.lines().map(Long::parseLong).forEach(slots::add);
      }
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    assertThat(slots).hasSize(24);
    assertThat(smallestGap(slots)).isGreaterThanOrEqualTo(1_000_000 / rate);
    assertThat(busiestSecond(slots)).isLessThanOrEqualTo(rate);
  }

  @Test
  void a429InOneLimiterPausesTheOthersUntilTheSameInstant() throws Exception {
    RedisLimiter a = limiter(50);
    RedisLimiter b = limiter(50);
    RedisLimiter c = limiter(50);
    a.acquireSlot();
    Duration pause = a.rateLimited(Duration.ofMillis(400));
    assertThat(pause).isEqualTo(Duration.ofMillis(400));
    long until = Long.parseLong(probe.hget(a.key(), "pause"));
    assertThat(b.remainingPause()).isPositive().isLessThanOrEqualTo(pause);
    long slotB = b.acquireSlot();
    long slotC = c.acquireSlot();
    assertThat(slotB).as("B waited out A's pause").isGreaterThanOrEqualTo(until);
    assertThat(slotC).as("C waited out A's pause").isGreaterThanOrEqualTo(until);
    assertThat(a.remainingPause()).isZero();
  }

  @Test
  void escalationIsSharedAndASuccessAnywhereResetsIt() throws Exception {
    RedisRequestLimiter.Builder b = RedisRequestLimiter.builder(server.uri()).accountId(account).permitsPerSecond(50)
        .pauses(Duration.ofMillis(150), Duration.ofMillis(400));
    RedisLimiter a = limiter(b);
    RedisLimiter other = limiter(b);
    assertThat(a.rateLimited(null)).isEqualTo(Duration.ofMillis(150));
    // A 429 of a request that was in flight when the pause began: no escalation.
    assertThat(other.rateLimited(null)).isLessThanOrEqualTo(Duration.ofMillis(150));
    assertThat(probe.hget(a.key(), "throttles")).isEqualTo("1");
    other.acquireSlot();
    assertThat(other.rateLimited(null)).as("second throttle in a row, seen by another process").isEqualTo(Duration.ofMillis(300));
    a.acquireSlot();
    assertThat(a.rateLimited(null)).as("capped at maxPause").isEqualTo(Duration.ofMillis(400));
    assertThat(probe.hget(a.key(), "throttles")).isEqualTo("3");
    other.acquireSlot();
    other.succeeded();
    assertThat(probe.hget(a.key(), "throttles")).isNull();
    a.acquireSlot();
    assertThat(a.rateLimited(null)).isEqualTo(Duration.ofMillis(150));
  }

  @Test
  void idleKeysExpire() throws Exception {
    RedisLimiter a = limiter(RedisRequestLimiter.builder(server.uri()).accountId(account).permitsPerSecond(10)
        .idleExpiry(Duration.ofMillis(300)));
    a.acquireSlot();
    assertThat(probe.pttl(a.key())).isBetween(1L, 300L + 101 + 5);
    a.rateLimited(Duration.ofMillis(200));
    assertThat(probe.pttl(a.key())).as("kept through the pause").isBetween(201L, 200L + 300 + 5);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (probe.exists(a.key()) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(probe.exists(a.key())).isFalse();
  }

  @Test
  void theKeyIsAHashOfTheAccountAndNeverHoldsTheSession() throws Exception {
    PixivSession session = PixivSession.ofPhpSessId("12345_SeCrEtSeSsIoNvAlUe");
    RedisLimiter a = limiter(RedisRequestLimiter.builder(server.uri()).account(session).keyPrefix("test:budget:"));
    RedisLimiter sameAccount = limiter(RedisRequestLimiter.builder(server.uri())
        .account(PixivSession.ofCookieHeader("PHPSESSID=12345_OtherSession; p_ab_id=1")));
    RedisLimiter cookieOnly = limiter(RedisRequestLimiter.builder(server.uri())
        .account(PixivSession.ofCookieHeader("device_token=SeCrEtSeSsIoNvAlUe")));
    assertThat(a.key()).isEqualTo("test:budget:" + HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest("user:12345".getBytes(StandardCharsets.UTF_8))));
    assertThat(sameAccount.key()).isEqualTo("pixiv:limiter:" + a.key().substring("test:budget:".length()));
    assertThat(cookieOnly.key()).startsWith("pixiv:limiter:").isNotEqualTo(sameAccount.key());
    a.acquireSlot();
    a.rateLimited(Duration.ofMillis(1));
    cookieOnly.acquireSlot();
    for (String k : probe.keys("*")) {
      assertThat(k).doesNotContain("SeCrEt").doesNotContain("12345");
      assertThat(probe.hgetAll(k).toString()).doesNotContain("SeCrEt");
    }
    assertThat(a.toString() + cookieOnly).doesNotContain("SeCrEt");
  }

  @Test
  void redisRestartedMidRunFailsFastWithoutSendingThenRecovers() throws Exception {
    RedisLimiter a = limiter(RedisRequestLimiter.builder(server.uri()).accountId(account).permitsPerSecond(50)
        .timeout(Duration.ofMillis(500)));
    try (MockWebServer web = new MockWebServer();
        PixivClient client = PixivClient.builder().baseUrl(web.url("/").toString()).requestLimiter(a).build()) {
      web.enqueue(new MockResponse().setBody("{\"id\":\"1\",\"next\":1}"));
      web.enqueue(new MockResponse().setBody("{\"id\":\"1\",\"next\":1}"));
      client.create(TestApi.class).plain().blockingGet();
      server.stop();
      assertThatThrownBy(a::acquireSlot).isInstanceOf(PixivLimiterUnavailableException.class);
      assertThatThrownBy(() -> client.create(TestApi.class).plain().blockingGet())
          .isInstanceOf(PixivLimiterUnavailableException.class);
      // OkHttp's asynchronous path too: the typed failure arrives, not a bare "canceled".
      java.util.concurrent.CompletableFuture<java.io.IOException> failure = new java.util.concurrent.CompletableFuture<>();
      client.httpClient().newCall(new okhttp3.Request.Builder().url(web.url("/plain.php")).build()).enqueue(new okhttp3.Callback() {
        @Override
        public void onFailure(okhttp3.Call call, java.io.IOException e) {
          failure.complete(e);
        }

        @Override
        public void onResponse(okhttp3.Call call, okhttp3.Response response) {
          response.close();
          failure.complete(null);
        }
      });
      assertThat(failure.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(PixivLimiterUnavailableException.class);
      assertThat(web.getRequestCount()).as("nothing sent while the budget is unknown").isEqualTo(1);
      server.startAgain();
      client.create(TestApi.class).plain().blockingGet();
      assertThat(web.getRequestCount()).isEqualTo(2);
      assertThat(probe.exists(a.key())).as("the budget lives in Redis again").isTrue();
    }
  }

  @Test
  void redisRestartedMidRunFallsBackToLocalPacingWhenAskedThenReturns() throws Exception {
    RedisLimiter a = limiter(RedisRequestLimiter.builder(server.uri()).accountId(account).permitsPerSecond(50)
        .timeout(Duration.ofMillis(500)).whenUnavailable(RedisRequestLimiter.WhenUnavailable.LOCAL));
    assertThat(a.acquireSlot()).isPositive();
    a.rateLimited(Duration.ofMillis(400));
    server.stop();
    assertThat(a.remainingPause()).as("the pause learned from Redis still holds").isPositive();
    assertThat(a.acquireSlot()).as("paced locally").isEqualTo(-1);
    assertThat(a.acquireSlot()).isEqualTo(-1);
    server.startAgain();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    long slot = -1;
    while (slot == -1 && System.nanoTime() < deadline) {
      slot = a.acquireSlot();
    }
    assertThat(slot).as("back on the shared budget").isPositive();
    assertThat(probe.exists(a.key())).isTrue();
  }

  @Test
  void badInputIsRejectedBeforeAnyConnection() {
    assertThatThrownBy(() -> RedisRequestLimiter.builder("http://localhost:6379"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redisUri");
    assertThatThrownBy(() -> RedisRequestLimiter.builder("redis://:hunter2@localhost:6379/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redisUri").hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> RedisRequestLimiter.builder(server.uri()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("account");
    assertThatThrownBy(() -> RedisRequestLimiter.builder(server.uri()).permitsPerSecond(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permitsPerSecond");
    assertThatThrownBy(() -> RedisRequestLimiter.builder(server.uri()).accountId(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
  }

  @Test
  void withoutJedisTheCoreStillWorksAndTheBuilderNamesWhatIsMissing() throws Exception {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String e : cp.split(java.io.File.pathSeparator)) {
      if (!e.contains("jedis") && !e.isBlank()) {
        urls.add(Path.of(e).toUri().toURL());
      }
    }
    assertThat(Arrays.toString(urls.toArray())).doesNotContain("jedis");
    try (URLClassLoader noJedis = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> clientClass = noJedis.loadClass(PixivClient.class.getName());
      Object builder = clientClass.getMethod("builder").invoke(null);
      Object client = builder.getClass().getMethod("build").invoke(builder);
      ((AutoCloseable) client).close();
      Class<?> limiter = noJedis.loadClass(RedisRequestLimiter.class.getName());
      Object rb = limiter.getMethod("builder", String.class).invoke(null, server.uri());
      rb.getClass().getMethod("accountId", String.class).invoke(rb, "x");
      Throwable thrown = null;
      try {
        rb.getClass().getMethod("build").invoke(rb);
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("redis.clients:jedis");
    }
  }
}
