package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a rate-limit failure reads, and whether it says the ask exceeded the client's maximum pause. */
class PixivRateLimitExceptionTest {
  @Test
  void waitsReadInTheLargestSensibleUnitWithExactSeconds() {
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(59))).isEqualTo("59 s");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(60))).isEqualTo("1 min");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(61))).isEqualTo("1 min 1 s");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(3599))).isEqualTo("59 min 59 s");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(3600))).isEqualTo("1 h 0 min (3600 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(7384))).isEqualTo("2 h 3 min (7384 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(86_399))).isEqualTo("23 h 59 min (86399 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(86_400))).isEqualTo("1 days 0 h (86400 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(2 * 86_400 + 3 * 3600 + 125)))
        .isEqualTo("2 days 3 h (183725 s)");
  }

  @Test
  void anAskBeyondTheMaximumPauseSaysSoAndNamesBothWaits() {
    PixivRateLimitException e = new PixivRateLimitException(
        429, "GET", "/ajax/illust/1", null, "", Duration.ofSeconds(3 * 3600 + 65), Duration.ofMinutes(15));
    assertThat(e.exceedsMaxPause()).isTrue();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3 * 3600 + 65));
    assertThat(e.getMessage())
        .contains("GET /ajax/illust/1 -> HTTP 429")
        .contains("pixiv asked to wait 3 h 1 min (10865 s), more than the maximum pause of 15 min");
  }

  @Test
  void anOrdinaryThrottleDoesNotExceedTheMaximumPause() {
    PixivRateLimitException e = new PixivRateLimitException(429, "GET", "/ajax/illust/1", null, "", Duration.ofSeconds(30));
    assertThat(e.exceedsMaxPause()).isFalse();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
  }
}
