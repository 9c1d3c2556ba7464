package io.github.pixivajax.core.internal;

import com.google.common.util.concurrent.RateLimiter;
import io.github.pixivajax.core.RequestLimiter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guava's smooth {@link RateLimiter} for the steady rate, plus an account-wide pause after a 429.
 * The clock and the sleeper are injectable so that the pause logic is testable in virtual time.
 */
public final class PacedRequestLimiter implements RequestLimiter {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.pixivajax.limiter");
  // Guava sleeps uninterruptibly; polling in short slices keeps acquire() interruptible.
  private static final Duration LONGEST = Duration.ofDays(365L * 50);
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /** Sleeps interruptibly. */
  public interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private final @Nullable RateLimiter rate;
  private final double permitsPerSecond;
  private final Duration basePause;
  private final Duration maxPause;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final AtomicLong pausedUntil;
  private final AtomicInteger consecutive = new AtomicInteger();
  // Guava stores up to a second of unused permits and lets them out as a burst after a quiet spell;
  // pixiv counts requests per window, so grants are also kept at least 1/rate apart.
  private final long intervalNanos;
  private final AtomicLong nextGrant;

  public PacedRequestLimiter(double permitsPerSecond, Duration basePause, Duration maxPause) {
    this(permitsPerSecond, basePause, maxPause, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  public PacedRequestLimiter(
      double permitsPerSecond, Duration basePause, Duration maxPause, LongSupplier nanoTime, Sleeper sleeper) {
    this.permitsPerSecond = permitsPerSecond;
    this.rate = permitsPerSecond > 0 ? RateLimiter.create(permitsPerSecond) : null;
    this.basePause = basePause;
    this.maxPause = maxPause;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.pausedUntil = new AtomicLong(nanoTime.getAsLong());
    // A hair over 1/rate (0.3 % + 0.5 ms) so that send-time jitter cannot fit rate + 1 requests in a second.
    this.intervalNanos = rate != null ? (long) (1e9 / permitsPerSecond * 1.003) + 500_000 : 0;
    this.nextGrant = new AtomicLong(nanoTime.getAsLong());
  }

  @Override
  public void acquire() throws InterruptedException {
    long start = nanoTime.getAsLong();
    long wait;
    while ((wait = pausedUntil.get() - nanoTime.getAsLong()) > 0) {
      sleeper.sleepNanos(wait);
    }
    RateLimiter r = rate;
    if (r != null) {
      while (!r.tryAcquire(1, SLICE_NANOS, TimeUnit.NANOSECONDS)) {
        if (Thread.interrupted()) {
          throw new InterruptedException();
        }
        sleeper.sleepNanos(SLICE_NANOS);
      }
      long now = nanoTime.getAsLong();
      long grant = nextGrant.getAndAccumulate(now, (prev, t) -> Math.max(prev, t) + intervalNanos);
      long spacing = Math.max(grant, now) - now;
      if (spacing > 0) {
        sleeper.sleepNanos(spacing);
      }
    }
    long waited = nanoTime.getAsLong() - start;
    if (waited > TimeUnit.MILLISECONDS.toNanos(5) && LOG.isDebugEnabled()) {
      LOG.debug("waited {} ms for a request permit", TimeUnit.NANOSECONDS.toMillis(waited));
    }
  }

  @Override
  public Duration rateLimited(@Nullable Duration retryAfter) {
    int n = consecutive.incrementAndGet();
    Duration pause;
    if (retryAfter != null && !retryAfter.isNegative()) {
      pause = retryAfter;
    } else {
      pause = basePause.multipliedBy(n);
      if (pause.compareTo(maxPause) > 0) {
        pause = maxPause;
      }
    }
    // Saturate: Duration.toNanos() overflows beyond ~292 years, and now + nanos beyond that.
    if (pause.compareTo(LONGEST) > 0) {
      pause = LONGEST;
    }
    long until = nanoTime.getAsLong() + pause.toNanos();
    pausedUntil.accumulateAndGet(until, Math::max);
    LOG.warn("pixiv rate limit (throttle #{} in a row): pausing every request for {} s", n, pause.toMillis() / 1000.0);
    return pause;
  }

  @Override
  public void succeeded() {
    consecutive.set(0);
  }

  @Override
  public Duration remainingPause() {
    long left = pausedUntil.get() - nanoTime.getAsLong();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  @Override
  public String toString() {
    return "RequestLimiter{" + (rate == null ? "unpaced" : permitsPerSecond + "/s") + ", basePause=" + basePause + "}";
  }
}
