package io.github.pixivajax.core;

import io.github.pixivajax.core.internal.PacedRequestLimiter;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Paces every request a {@link PixivClient} sends to pixiv, and pauses all of them when pixiv
 * throttles the account. pixiv answers roughly 100 logged-in requests in one to two minutes with
 * HTTP 429, and the limit applies to the whole account: one limiter per account, shared by every
 * client and stream that uses it.
 *
 * <p>Implementations must be thread-safe. {@link #acquire()} blocks; callers run it on I/O threads
 * (pixiv-rx does), never on a computation thread.
 */
public interface RequestLimiter {
  /**
   * Blocks until the next request may be sent: first waits out any pause, then takes a permit.
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void acquire() throws InterruptedException;

  /**
   * pixiv throttled the account: pause every request through this limiter for {@code retryAfter},
   * or, when pixiv gave no {@code Retry-After}, for a default that grows on consecutive throttles.
   *
   * @return the pause applied
   */
  Duration rateLimited(@Nullable Duration retryAfter);

  /** A request succeeded: consecutive throttles are forgotten. */
  void succeeded();

  /** How much of the current pause is left; zero when not paused. */
  Duration remainingPause();

  /**
   * A limiter allowing {@code permitsPerSecond} requests per second (smoothly, via Guava's {@code
   * RateLimiter}); {@code 0} means no pacing, though 429 pauses still apply. Without {@code
   * Retry-After} a throttle pauses for one minute, growing by a minute for each consecutive one, up
   * to five.
   *
   * @throws IllegalArgumentException if negative, NaN or infinite
   */
  static RequestLimiter perSecond(double permitsPerSecond) {
    return perSecond(permitsPerSecond, Duration.ofMinutes(1), Duration.ofMinutes(5));
  }

  /**
   * As {@link #perSecond(double)}, with the pause taken when pixiv gives no {@code Retry-After}:
   * {@code basePause} times the number of consecutive throttles, at most {@code maxPause}.
   */
  static RequestLimiter perSecond(double permitsPerSecond, Duration basePause, Duration maxPause) {
    if (Double.isNaN(permitsPerSecond) || Double.isInfinite(permitsPerSecond) || permitsPerSecond < 0) {
      throw new IllegalArgumentException("permitsPerSecond must be >= 0 and finite but was " + permitsPerSecond);
    }
    Objects.requireNonNull(basePause, "basePause == null");
    Objects.requireNonNull(maxPause, "maxPause == null");
    if (basePause.isNegative() || maxPause.compareTo(basePause) < 0) {
      throw new IllegalArgumentException("basePause must be >= 0 and maxPause >= basePause");
    }
    return new PacedRequestLimiter(permitsPerSecond, basePause, maxPause);
  }

  /** No pacing at all; 429 pauses still apply. */
  static RequestLimiter unlimited() {
    return perSecond(0);
  }
}
