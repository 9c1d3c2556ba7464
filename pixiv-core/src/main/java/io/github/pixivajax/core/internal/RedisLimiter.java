package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.PixivLimiterUnavailableException;
import io.github.pixivajax.core.RedisRequestLimiter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * {@link RedisRequestLimiter} on Jedis. Only {@link RedisRequestLimiter.Builder#build()} loads this
 * class, after checking that Jedis is present: nothing else in pixiv-core refers to it.
 *
 * <p>State is one hash per account: {@code tat} (the next free send slot, µs of Redis time), {@code
 * pause} (end of the shared 429 pause, µs) and {@code throttles} (consecutive 429s). Times come from
 * Redis's {@code TIME} inside the scripts, so the processes' clocks never matter; waits travel back
 * as durations.
 */
public final class RedisLimiter implements RedisRequestLimiter {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.pixivajax.limiter");
  private static final long PROBE_NANOS = TimeUnit.SECONDS.toNanos(1);
  // Wake-ups later than this (a loaded machine's scheduling) move the shared schedule on.
  private static final long LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  // Reserve the next slot if it is at most one interval ahead, else say how long to wait first.
  // Reserving only near slots bounds how stale a reservation can be when another process's 429
  // starts a pause, yet keeps one slot booked ahead so that late wake-ups do not cost rate.
  // Returns {granted 0/1, wait µs, throttles, paused 0/1, slot µs}.
  static final String ACQUIRE = String.join("\n",
      "local t = redis.call('TIME')",
      "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
      "local s = redis.call('HMGET', KEYS[1], 'tat', 'pause', 'throttles')",
      "local tat = tonumber(s[1]) or 0",
      "local pause = tonumber(s[2]) or 0",
      "local n = tonumber(s[3]) or 0",
      "if pause > now then return {0, pause - now, n, 1, 0} end",
      "local interval = tonumber(ARGV[1])",
      "if interval <= 0 then return {1, 0, n, 0, now} end",
      "local slot = math.max(tat, now)",
      "if slot - now > interval then return {0, slot - now - interval, n, 0, 0} end",
      "tat = slot + interval",
      "redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', tat))",
      "redis.call('PEXPIRE', KEYS[1], math.floor((math.max(tat, pause) - now) / 1000) + tonumber(ARGV[2]))",
      "return {1, slot - now, n, 0, slot}");

  // ARGV: retry-after µs (-1: none), base pause µs, max pause µs, idle ms. Returns {throttles, pause µs left}.
  static final String THROTTLE = String.join("\n",
      "local t = redis.call('TIME')",
      "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
      "local s = redis.call('HMGET', KEYS[1], 'tat', 'pause', 'throttles')",
      "local tat = tonumber(s[1]) or 0",
      "local pause = tonumber(s[2]) or 0",
      "local n = tonumber(s[3]) or 0",
      "local retry = tonumber(ARGV[1])",
      "if pause > now then",
      "  if retry >= 0 and now + retry > pause then pause = now + retry end",
      "else",
      "  n = n + 1",
      "  if retry >= 0 then pause = now + retry",
      "  else pause = now + math.min(tonumber(ARGV[2]) * n, tonumber(ARGV[3])) end",
      "end",
      "redis.call('HSET', KEYS[1], 'pause', string.format('%.0f', pause), 'throttles', n)",
      "redis.call('PEXPIRE', KEYS[1], math.floor((math.max(tat, pause) - now) / 1000) + tonumber(ARGV[4]))",
      "return {n, pause - now}");

  // A grant woke up ARGV[1] µs late: move the schedule on by as much, so that the slots booked from
  // now on stay whole intervals after the late send (else it and the next R fit in one second).
  // ARGV: late µs, idle ms.
  static final String LATE = String.join("\n",
      "local t = redis.call('TIME')",
      "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
      "local s = redis.call('HMGET', KEYS[1], 'tat', 'pause')",
      "local tat = tonumber(s[1]) or 0",
      "local pause = tonumber(s[2]) or 0",
      "if tat + tonumber(ARGV[1]) <= now then return 0 end",
      "tat = tat + tonumber(ARGV[1])",
      "redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', tat))",
      "redis.call('PEXPIRE', KEYS[1], math.floor((math.max(tat, pause) - now) / 1000) + tonumber(ARGV[2]))",
      "return 1");

  // Returns the pause left in µs.
  static final String REMAINING = String.join("\n",
      "local t = redis.call('TIME')",
      "local now = tonumber(t[1]) * 1000000 + tonumber(t[2])",
      "local pause = tonumber(redis.call('HGET', KEYS[1], 'pause')) or 0",
      "return math.max(0, pause - now)");

  private final RedisClient redis;
  private final String key;
  private final List<String> keys;
  private final double permitsPerSecond;
  private final long intervalMicros;
  private final long baseMicros;
  private final long maxMicros;
  private final long idleMillis;
  private final boolean fallBackLocally;
  private final PacedRequestLimiter local;
  // Script SHAs by index; a race only loads a script twice.
  private final @Nullable String[] shas = new String[4];
  // The last pause Redis told us of, in local nanoTime: still honoured if Redis goes away.
  private final AtomicLong pausedUntilNanos = new AtomicLong(System.nanoTime());
  private final AtomicBoolean throttlesSeen = new AtomicBoolean();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicLong nextProbeNanos = new AtomicLong();
  private volatile Sleeper slotSleeper = RedisLimiter::sleepNanos;

  /** How a grant waits for its slot; tests oversleep to play a loaded machine. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  public RedisLimiter(
      URI uri,
      String key,
      double permitsPerSecond,
      Duration basePause,
      Duration maxPause,
      Duration idleExpiry,
      Duration timeout,
      boolean fallBackLocally) {
    this.key = key;
    this.keys = List.of(key);
    this.permitsPerSecond = permitsPerSecond;
    // A hair over 1/rate, as PacedRequestLimiter does, so send-time jitter cannot fit rate + 1 in a second.
    this.intervalMicros = permitsPerSecond > 0 ? (long) (1e6 / permitsPerSecond * 1.003) + 500 : 0;
    this.baseMicros = micros(basePause);
    this.maxMicros = micros(maxPause);
    this.idleMillis = idleExpiry.toMillis();
    this.fallBackLocally = fallBackLocally;
    this.local = new PacedRequestLimiter(permitsPerSecond, basePause, maxPause);
    int ms = (int) timeout.toMillis();
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(ms)
        .socketTimeoutMillis(ms)
        .database(JedisURIHelper.getDBIndex(uri))
        .ssl(JedisURIHelper.isRedisSSLScheme(uri))
        .clientName("pixiv-limiter");
    @Nullable String user = JedisURIHelper.getUser(uri);
    @Nullable String password = JedisURIHelper.getPassword(uri);
    if (user != null) {
      config.user(user);
    }
    if (password != null) {
      config.password(password);
    }
    this.redis = RedisClient.builder()
        .hostAndPort(new HostAndPort(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379))
        .clientConfig(config.build())
        .build();
  }

  @Override
  public void acquire() throws InterruptedException {
    acquireSlot();
  }

  /**
   * Takes a permit; returns the granted slot in µs of Redis time, or -1 when paced locally. Tests
   * count slots per second of Redis time.
   */
  public long acquireSlot() throws InterruptedException {
    while (true) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      sleepNanos(pausedUntilNanos.get() - System.nanoTime());
      if (fallBackLocally && down.get() && System.nanoTime() - nextProbeNanos.get() < 0) {
        local.acquire();
        return -1;
      }
      List<Long> r;
      long answered;
      try {
        r = eval(0, ACQUIRE, Long.toString(intervalMicros), Long.toString(idleMillis));
        answered = System.nanoTime();
        up();
      } catch (JedisException e) {
        down(e);
        if (!fallBackLocally) {
          throw new PixivLimiterUnavailableException(
              "the shared rate budget in Redis is unreachable; not sending (" + e.getClass().getSimpleName() + ")", e);
        }
        local.acquire();
        return -1;
      }
      throttlesSeen.set(r.get(2) > 0);
      long waitNanos = TimeUnit.MICROSECONDS.toNanos(r.get(1));
      if (r.get(3) == 1) {
        long until = System.nanoTime() + waitNanos;
        pausedUntilNanos.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
        continue;
      }
      slotSleeper.sleep(waitNanos);
      if (r.get(0) == 1) {
        if (intervalMicros > 0) {
          late(System.nanoTime() - answered - waitNanos);
        }
        return r.get(4);
      }
    }
  }

  /** Reports a late wake-up to Redis; a lost report only loses the correction. */
  private void late(long lateNanos) {
    if (lateNanos <= LATE_NANOS) {
      return;
    }
    try {
      evalRaw(3, LATE, Long.toString(TimeUnit.NANOSECONDS.toMicros(lateNanos)), Long.toString(idleMillis));
    } catch (JedisException e) {
      down(e);
    }
  }

  @Override
  public Duration rateLimited(@Nullable Duration retryAfter) {
    long retry = retryAfter == null || retryAfter.isNegative() ? -1 : micros(retryAfter);
    try {
      List<Long> r = eval(1, THROTTLE, Long.toString(retry), Long.toString(baseMicros), Long.toString(maxMicros),
          Long.toString(idleMillis));
      up();
      throttlesSeen.set(true);
      Duration pause = Duration.ofNanos(TimeUnit.MICROSECONDS.toNanos(r.get(1)));
      long until = System.nanoTime() + pause.toNanos();
      pausedUntilNanos.accumulateAndGet(until, (a, b) -> a - b > 0 ? a : b);
      LOG.warn("pixiv rate limit (throttle #{} in a row, shared through Redis): every process pauses for {} s",
          r.get(0), pause.toMillis() / 1000.0);
      return pause;
    } catch (JedisException e) {
      down(e);
      // Redis cannot tell the others; this process at least pauses.
      Duration pause = local.rateLimited(retryAfter);
      pausedUntilNanos.accumulateAndGet(System.nanoTime() + pause.toNanos(), (a, b) -> a - b > 0 ? a : b);
      return pause;
    }
  }

  @Override
  public void succeeded() {
    local.succeeded();
    if (throttlesSeen.compareAndSet(true, false)) {
      try {
        redis.hdel(key, "throttles");
      } catch (JedisException e) {
        down(e);
      }
    }
  }

  @Override
  public Duration remainingPause() {
    long localLeft = Math.max(0, pausedUntilNanos.get() - System.nanoTime());
    localLeft = Math.max(localLeft, local.remainingPause().toNanos());
    if (!(fallBackLocally && down.get() && System.nanoTime() - nextProbeNanos.get() < 0)) {
      try {
        Object left = evalRaw(2, REMAINING);
        up();
        localLeft = Math.max(localLeft, TimeUnit.MICROSECONDS.toNanos((Long) left));
      } catch (JedisException e) {
        down(e);
      }
    }
    return Duration.ofNanos(localLeft);
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public void close() {
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisRequestLimiter{key=" + key + ", " + (permitsPerSecond > 0 ? permitsPerSecond + "/s" : "unpaced")
        + ", whenUnavailable=" + (fallBackLocally ? "LOCAL" : "FAIL") + "}";
  }

  @SuppressWarnings("unchecked")
  private List<Long> eval(int script, String source, String... args) {
    return (List<Long>) evalRaw(script, source, args);
  }

  // EVALSHA, loading the script on NOSCRIPT (first use, or a Redis restarted with an empty cache).
  private Object evalRaw(int script, String source, String... args) {
    String sha = shas[script];
    List<String> argv = List.of(args);
    if (sha != null) {
      try {
        return redis.evalsha(sha, keys, argv);
      } catch (JedisNoScriptException e) {
        // fall through and load it again
      }
    }
    shas[script] = redis.scriptLoad(source);
    return redis.evalsha(shas[script], keys, argv);
  }

  private void down(JedisException e) {
    nextProbeNanos.set(System.nanoTime() + PROBE_NANOS);
    if (down.compareAndSet(false, true)) {
      if (fallBackLocally) {
        LOG.warn("Redis unreachable ({}): pacing this process alone at {}/s until it answers again;"
            + " other processes of the account are not counted", e.getMessage(), permitsPerSecond);
      } else {
        LOG.warn("Redis unreachable ({}): requests fail until it answers again", e.getMessage());
      }
    }
  }

  private void up() {
    if (down.compareAndSet(true, false)) {
      LOG.warn("Redis answers again: the rate budget is shared again");
    }
  }

  void slotSleeper(Sleeper sleeper) {
    this.slotSleeper = sleeper;
  }

  private static void sleepNanos(long nanos) throws InterruptedException {
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  private static long micros(Duration d) {
    return TimeUnit.NANOSECONDS.toMicros(d.toNanos());
  }
}
