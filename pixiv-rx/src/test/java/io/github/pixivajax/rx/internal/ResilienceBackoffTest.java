package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.rx.RxConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResilienceBackoffTest {
  @Test
  void aZeroInitialBackoffRetriesAtOnceWhateverTheCap() {
    Resilience r = new Resilience(RxConfig.builder().backoff(Duration.ZERO, Duration.ofSeconds(8)).build(),
        RequestLimiter.unlimited());
    assertThat(r.backoffMillis(1)).isZero();
    assertThat(r.backoffMillis(5)).isZero();
  }

  @Test
  void jitterNeverGoesBelowHalfTheDelay() {
    Resilience r = new Resilience(RxConfig.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build(),
        RequestLimiter.unlimited());
    // capped = 1: 1/2 + [0, 1] is 0 or 1, never negative.
    for (int i = 0; i < 100; i++) {
      assertThat(r.backoffMillis(1)).isBetween(0L, 1L);
    }
    Resilience big = new Resilience(RxConfig.builder().backoff(Duration.ofMillis(1000), Duration.ofMillis(1000)).build(),
        RequestLimiter.unlimited());
    for (int i = 0; i < 100; i++) {
      assertThat(big.backoffMillis(3)).isBetween(500L, 1500L);
    }
  }
}
