package io.github.pixivajax.rx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.rx.RxConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResilienceTest {
  @Test
  void backoffDoublesUpToTheCapWithHalfJitter() {
    Resilience r = new Resilience(RxConfig.builder().backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)).build(),
        RequestLimiter.unlimited());
    for (int i = 0; i < 200; i++) {
      assertThat(r.backoffMillis(1)).isBetween(500L, 1500L);
      assertThat(r.backoffMillis(2)).isBetween(1000L, 3000L);
      assertThat(r.backoffMillis(4)).isBetween(4000L, 12000L);
      assertThat(r.backoffMillis(30)).isBetween(4000L, 12000L);
    }
  }
}
