package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Pacing at a positive rate, on a virtual clock whose sleeper only advances the clock: the spacing
 * between grants is asserted exactly, and no test thread sleeps for it.
 */
class PacedRequestLimiterPacingTest {
  final AtomicLong now = new AtomicLong(1_000_000_000L);
  final List<Long> sleeps = new ArrayList<>();

  PacedRequestLimiter limiter(double perSecond) {
    return new PacedRequestLimiter(perSecond, Duration.ofMinutes(1), Duration.ofMinutes(3), now::get, n -> {
      synchronized (sleeps) {
        sleeps.add(n);
      }
      now.addAndGet(n);
    });
  }

  List<Long> grantTimes(PacedRequestLimiter limiter, int permits) throws InterruptedException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < permits; i++) {
      limiter.acquire();
      times.add(now.get());
    }
    return times;
  }

  static List<Long> gaps(List<Long> times) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < times.size(); i++) {
      gaps.add(times.get(i) - times.get(i - 1));
    }
    return gaps;
  }

  @Test
  void grantsAreSpacedByAtLeastOneOverTheRate() throws Exception {
    PacedRequestLimiter limiter = limiter(50); // 20 ms apart
    long start = now.get();
    List<Long> times = grantTimes(limiter, 8);
    assertThat(times.get(0)).as("the first permit is immediate").isEqualTo(start);
    assertThat(gaps(times)).hasSize(7).allSatisfy(gap -> assertThat(gap).isBetween(20_000_000L, 45_000_000L));
  }

  @Test
  void aQuietSpellDoesNotReleaseABurst() throws Exception {
    PacedRequestLimiter limiter = limiter(50);
    grantTimes(limiter, 2);
    now.addAndGet(Duration.ofSeconds(30).toNanos()); // Guava would store a second of permits
    List<Long> times = grantTimes(limiter, 5);
    assertThat(gaps(times)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(20_000_000L));
  }

  @Test
  void aPauseIsWaitedOutBeforeTheNextPacedGrant() throws Exception {
    PacedRequestLimiter limiter = limiter(50);
    limiter.acquire();
    long throttledAt = now.get();
    limiter.rateLimited(Duration.ofSeconds(90));
    limiter.acquire();
    assertThat(now.get() - throttledAt).isGreaterThanOrEqualTo(Duration.ofSeconds(90).toNanos());
    long resumedAt = now.get();
    limiter.acquire();
    assertThat(now.get() - resumedAt).isGreaterThanOrEqualTo(20_000_000L);
  }

  @Test
  void rateZeroNeverSleeps() throws Exception {
    PacedRequestLimiter limiter = limiter(0);
    List<Long> times = grantTimes(limiter, 100);
    assertThat(gaps(times)).containsOnly(0L);
    assertThat(sleeps).isEmpty();
  }
}
