package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.PixivLimiterUnavailableException;
import io.github.pixivajax.core.RedisRequestLimiter;
import io.github.pixivajax.core.RedisServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;

/**
 * What a {@link RedisLimiter} leaves in Redis and does when Redis fails, asserted on Redis's clock
 * and on the stored hash. Redis "fails" by the account's key holding a string: every script then
 * errors at once, with the server still up.
 */
@ExtendWith(RedisServer.Extension.class)
class RedisLimiterStateTest {
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  private final List<RedisLimiter> limiters = new ArrayList<>();
  private RedisServer server;
  private RedisClient probe;
  private String account;

  @BeforeEach
  void connect(RedisServer server) {
    this.server = server;
    probe = RedisClient.create(URI.create(server.uri()));
    account = "state-" + ACCOUNTS.incrementAndGet();
  }

  @AfterEach
  void close() {
    limiters.forEach(RedisLimiter::close);
    probe.close();
  }

  private RedisLimiter limiter(RedisRequestLimiter.Builder b) {
    RedisLimiter l = (RedisLimiter) b.build();
    limiters.add(l);
    return l;
  }

  private RedisRequestLimiter.Builder builder(double rate) {
    return RedisRequestLimiter.builder(server.uri()).accountId(account).permitsPerSecond(rate);
  }

  private RedisLimiter local(double rate) {
    return limiter(builder(rate).whenUnavailable(RedisRequestLimiter.WhenUnavailable.LOCAL));
  }

  /** Redis's clock, µs. */
  private long redisNow() {
    return (Long) probe.eval("local t = redis.call('TIME') return tonumber(t[1]) * 1000000 + tonumber(t[2])");
  }

  private long calls(String command) {
    Matcher m = Pattern.compile("cmdstat_" + command + ":calls=(\\d+)").matcher(probe.info("commandstats"));
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private void breakKey(String key) {
    probe.del(key);
    probe.set(key, "not a hash");
  }

  @Test
  void grantsBookSlotsExactlyOneIntervalApart() throws Exception {
    RedisLimiter a = limiter(builder(0.1));
    List<Long> slept = new CopyOnWriteArrayList<>();
    // Never sleeps: the second grant returns at once with its slot ten seconds ahead.
    a.slotSleeper(slept::add);
    long interval = (long) (1e6 / 0.1 * 1.003) + 500;
    long first = a.acquireSlot();
    long second = a.acquireSlot();
    // The first grant may have woken up late on a loaded machine (then the schedule moved on by as much).
    assertThat(second - first).isBetween(interval, interval + 1_000_000);
    // The second "woke up" before its slot: the schedule stays exactly one interval on.
    assertThat(Long.parseLong(probe.hget(a.key(), "tat")) - second).isEqualTo(interval);
    assertThat(slept).hasSize(2);
    assertThat(slept.get(1)).as("told to wait for the slot")
        .isBetween(TimeUnit.MICROSECONDS.toNanos(interval - 1_000_000), TimeUnit.MICROSECONDS.toNanos(interval));
  }

  @Test
  void aSharedPauseIsSleptThroughAskingRedisOnlyAgainAtItsEndAndGrantsWaitForTheirSlot() throws Exception {
    RedisLimiter a = limiter(builder(20));
    RedisLimiter b = limiter(builder(20));
    a.rateLimited(Duration.ofMillis(150));
    long pauseEnd = Long.parseLong(probe.hget(a.key(), "pause"));
    long before = calls("evalsha");
    long slot = b.acquireSlot();
    long asked = calls("evalsha") - before;
    assertThat(slot).isGreaterThanOrEqualTo(pauseEnd);
    assertThat(asked).as("no polling while paused").isBetween(2L, 6L);
    long next = b.acquireSlot();
    assertThat(next - slot).isGreaterThanOrEqualTo(50_000);
    // 2 ms of slack for the JVM's sleep granularity; skipping the sleep would return 50 ms early.
    assertThat(redisNow()).as("acquire returned at its slot, not before").isGreaterThan(next - 2_000);
  }

  @Test
  void aPauseLearnedFromRedisOutlivesRedisAndIsWaitedOutBeforeFailing() throws Exception {
    RedisLimiter a = limiter(builder(50));
    assertThat(a.rateLimited(Duration.ofMillis(150))).isEqualTo(Duration.ofMillis(150));
    breakKey(a.key());
    assertThat(a.remainingPause()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(150));
    assertThatThrownBy(a::acquireSlot).isInstanceOf(PixivLimiterUnavailableException.class);
    assertThat(a.remainingPause()).as("the pause was waited out before asking Redis").isZero();
  }

  @Test
  void throttlesWhileRedisFailsEscalateLocallyAndPauseTheNextSharedGrant() throws Exception {
    RedisLimiter a = limiter(builder(50).pauses(Duration.ofMillis(100), Duration.ofSeconds(1)));
    breakKey(a.key());
    long t0 = redisNow();
    assertThat(a.rateLimited(null)).isEqualTo(Duration.ofMillis(100));
    assertThat(a.rateLimited(null)).isEqualTo(Duration.ofMillis(200));
    a.succeeded();
    assertThat(a.rateLimited(null)).as("a success reset the local count").isEqualTo(Duration.ofMillis(100));
    probe.del(a.key());
    long slot = a.acquireSlot();
    assertThat(slot).as("Redis knew nothing of the pause; this process did").isGreaterThanOrEqualTo(t0 + 200_000 - 1_000);
  }

  @Test
  void afterAnyRedisFailureALocalLimiterPacesLocallyAndAnswersPausesLocallyForASecond() throws Exception {
    RedisLimiter neverFailed = local(1000);
    RedisLimiter failedAcquire = local(1000);
    RedisLimiter failedThrottle = local(1000);
    RedisLimiter failedPauseQuery = local(1000);
    RedisLimiter failedSuccess = local(1000);
    RedisLimiter failedLateReport = local(1000);
    RedisLimiter failing = limiter(builder(1000));
    failedSuccess.rateLimited(Duration.ZERO); // seen a throttle: its next success clears the count in Redis
    String key = neverFailed.key();
    // Redis fails while a grant oversleeps its slot: reporting the late wake-up fails.
    failedLateReport.slotSleeper(nanos -> {
      breakKey(key);
      TimeUnit.MILLISECONDS.sleep(3);
    });
    assertThat(failedLateReport.acquireSlot()).as("granted before Redis failed").isPositive();
    assertThat(failedAcquire.acquireSlot()).isEqualTo(-1);
    assertThat(failedThrottle.rateLimited(Duration.ZERO)).isZero();
    assertThat(failedPauseQuery.remainingPause()).isZero();
    failedSuccess.succeeded();
    assertThatThrownBy(failing::acquireSlot).isInstanceOf(PixivLimiterUnavailableException.class);
    probe.del(key); // Redis answers again
    assertThat(neverFailed.acquireSlot()).isPositive();
    for (RedisLimiter l : List.of(failedAcquire, failedThrottle, failedPauseQuery, failedSuccess, failedLateReport)) {
      assertThat(l.acquireSlot()).as("paced locally until the next probe").isEqualTo(-1);
    }
    neverFailed.rateLimited(Duration.ofSeconds(5));
    assertThat(failedAcquire.remainingPause()).as("not asking Redis yet").isZero();
    assertThat(failing.remainingPause()).as("FAIL asks Redis every time").isGreaterThan(Duration.ofSeconds(4));
  }

  @Test
  void aSuccessAnywhereClearsTheSharedThrottleCountAndOneWithoutThrottlesWritesNothing() throws Exception {
    RedisLimiter a = limiter(builder(1000));
    RedisLimiter b = limiter(builder(1000));
    a.rateLimited(Duration.ZERO);
    assertThat(probe.hget(a.key(), "throttles")).isEqualTo("1");
    a.succeeded();
    assertThat(probe.hget(a.key(), "throttles")).as("cleared by the throttled limiter's next success").isNull();
    a.rateLimited(Duration.ZERO);
    b.acquireSlot();
    b.succeeded();
    assertThat(probe.hget(a.key(), "throttles")).as("cleared by a limiter that only saw the count").isNull();
    long before = calls("hdel");
    b.acquireSlot();
    b.succeeded();
    assertThat(calls("hdel")).isEqualTo(before);
  }

  @Test
  void credentialsInTheUriAuthenticateAsThatUserAndCloseHangsUp() throws Exception {
    probe.sendCommand(Protocol.Command.ACL, "SETUSER", "pixivbot", "on", ">s3cret", "~*", "&*", "+@all");
    RedisLimiter a = limiter(RedisRequestLimiter.builder("redis://pixivbot:s3cret@127.0.0.1:" + server.port() + "/0")
        .accountId(account).permitsPerSecond(1000));
    assertThat(a.acquireSlot()).isPositive();
    assertThat(clientList()).anySatisfy(c -> assertThat(c).contains("name=pixiv-limiter").contains("user=pixivbot"));
    a.close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (clientList().stream().anyMatch(c -> c.contains("user=pixivbot")) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(clientList()).noneSatisfy(c -> assertThat(c).contains("user=pixivbot"));
  }

  private List<String> clientList() {
    Object r = probe.sendCommand(Protocol.Command.CLIENT, "LIST");
    return List.of(new String((byte[]) r, StandardCharsets.UTF_8).split("\n"));
  }
}
