package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The exact spacing of paced grants on a virtual clock, and how a wait for Guava's permit (which
 * runs on the real clock) is sliced so that it stays interruptible.
 */
class PacedRequestLimiterIntervalTest {
  private static final long SLICE = TimeUnit.MILLISECONDS.toNanos(20);
  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final List<Long> sleeps = new CopyOnWriteArrayList<>();

  /** Sleeping advances the virtual clock; the 20 ms polling slices also pass on the real one. */
  private PacedRequestLimiter limiter(double perSecond) {
    return new PacedRequestLimiter(perSecond, Duration.ofSeconds(1), Duration.ofSeconds(2), now::get, n -> {
      sleeps.add(n);
      now.addAndGet(n);
      if (n == SLICE) {
        TimeUnit.NANOSECONDS.sleep(n);
      }
    });
  }

  @Test
  void grantsAreOneOverTheRatePlusAHairApartAndTheFirstIsImmediate() throws Exception {
    PacedRequestLimiter limiter = limiter(1000);
    long start = now.get();
    limiter.acquire();
    assertThat(sleeps).as("the first grant does not sleep, not even for 0 ns").isEmpty();
    assertThat(now.get()).isEqualTo(start);
    limiter.acquire();
    limiter.acquire();
    long interval = (long) (1e9 / 1000 * 1.003) + 500_000; // 1 ms * 1.003 + 0.5 ms
    assertThat(interval).isBetween(1_502_990L, 1_503_000L);
    assertThat(sleeps).containsExactly(interval, interval);
    assertThat(now.get() - start).isEqualTo(2 * interval);
  }

  @Test
  void aPermitFurtherAwayThanASliceIsPolledForInSlices() throws Exception {
    PacedRequestLimiter limiter = limiter(5); // Guava's next permit is 200 ms of real time away
    limiter.acquire();
    limiter.acquire();
    assertThat(sleeps).contains(SLICE);
  }

  @Test
  void waitingForAPacedPermitIsInterruptible() throws Exception {
    PacedRequestLimiter limiter = limiter(0.5);
    limiter.acquire();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(limiter::acquire).isInstanceOf(InterruptedException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(sleeps).isEmpty();
  }
}
