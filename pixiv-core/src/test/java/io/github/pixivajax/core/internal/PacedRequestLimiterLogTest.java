package io.github.pixivajax.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.Stderr;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The debug line about waiting for a permit (pixiv-core's tests log this package at debug). */
class PacedRequestLimiterLogTest {
  @Test
  void aPermitGrantedAtOnceLogsNothingAndOneAfterAPauseSaysHowLongItWaited() throws Exception {
    long[] now = {5_000_000_000L};
    PacedRequestLimiter limiter = new PacedRequestLimiter(0, Duration.ofMillis(1), Duration.ofMillis(1), () -> now[0], n -> now[0] += n);

    assertThat(Stderr.of(limiter::acquire)).doesNotContain("waited");

    limiter.rateLimited(Duration.ofMillis(37));
    assertThat(Stderr.of(limiter::acquire)).contains("waited 37 ms for a request permit");
  }
}
