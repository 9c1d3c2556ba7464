package io.github.pixivajax.rx;

import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RxPixiv} streams page, retry and poll. Immutable; build with {@link #builder()}.
 * Pacing and 429 pauses are the client's {@code RequestLimiter}, shared with every other request.
 */
public final class RxConfig {
  private final int prefetch;
  private final int maxRetries;
  private final int rateLimitRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration pollInterval;
  private final int dedupeCapacity;
  private final Scheduler scheduler;

  private RxConfig(Builder b) {
    this.prefetch = b.prefetch;
    this.maxRetries = b.maxRetries;
    this.rateLimitRetries = b.rateLimitRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.pollInterval = b.pollInterval;
    this.dedupeCapacity = b.dedupeCapacity;
    this.scheduler = b.scheduler;
  }

  public static RxConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Pages fetched ahead of demand; 0 (the default) fetches only what downstream asked for. */
  public int prefetch() {
    return prefetch;
  }

  /** Retries of one page after 5xx, network or decoding failures. */
  public int maxRetries() {
    return maxRetries;
  }

  /** Retries of one page after pixiv throttled the account, each after the account-wide pause. */
  public int rateLimitRetries() {
    return rateLimitRetries;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** How often live tails and discovery poll. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /** How many emitted ids a stream remembers to drop repeats when pages shift. */
  public int dedupeCapacity() {
    return dedupeCapacity;
  }

  /** Where requests, limiter waits and backoff timers run; {@code Schedulers.io()} by default. */
  public Scheduler scheduler() {
    return scheduler;
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.prefetch = prefetch;
    b.maxRetries = maxRetries;
    b.rateLimitRetries = rateLimitRetries;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.pollInterval = pollInterval;
    b.dedupeCapacity = dedupeCapacity;
    b.scheduler = scheduler;
    return b;
  }

  @Override
  public String toString() {
    return "RxConfig{prefetch=" + prefetch + ", maxRetries=" + maxRetries + ", rateLimitRetries=" + rateLimitRetries
        + ", backoff=" + initialBackoff + ".." + maxBackoff + ", pollInterval=" + pollInterval
        + ", dedupeCapacity=" + dedupeCapacity + "}";
  }

  public static final class Builder {
    private int prefetch = 0;
    private int maxRetries = 3;
    private int rateLimitRetries = 5;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration pollInterval = Duration.ofSeconds(30);
    private int dedupeCapacity = 10_000;
    private Scheduler scheduler = Schedulers.io();

    private Builder() {}

    public Builder prefetch(int prefetch) {
      this.prefetch = atLeast(prefetch, 0, "prefetch");
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      this.maxRetries = atLeast(maxRetries, 0, "maxRetries");
      return this;
    }

    public Builder rateLimitRetries(int rateLimitRetries) {
      this.rateLimitRetries = atLeast(rateLimitRetries, 0, "rateLimitRetries");
      return this;
    }

    /** Backoff before retry k is {@code initial × 2^(k-1)}, capped at {@code max}, with ±50 % jitter. */
    public Builder backoff(Duration initial, Duration max) {
      Objects.requireNonNull(initial, "initial == null");
      Objects.requireNonNull(max, "max == null");
      if (initial.isNegative() || max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("backoff needs 0 <= initial <= max but was " + initial + ", " + max);
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    public Builder pollInterval(Duration pollInterval) {
      Objects.requireNonNull(pollInterval, "pollInterval == null");
      if (pollInterval.isNegative()) {
        throw new IllegalArgumentException("pollInterval must not be negative: " + pollInterval);
      }
      this.pollInterval = pollInterval;
      return this;
    }

    public Builder dedupeCapacity(int dedupeCapacity) {
      this.dedupeCapacity = atLeast(dedupeCapacity, 0, "dedupeCapacity");
      return this;
    }

    /** Must be an I/O-style scheduler: requests and limiter waits block its threads. */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
      return this;
    }

    public RxConfig build() {
      return new RxConfig(this);
    }

    private static int atLeast(int value, int min, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be >= " + min + " but was " + value);
      }
      return value;
    }
  }
}
