package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Builder limits and key derivation; building connects lazily, so no Redis is needed here. */
class RedisRequestLimiterBuilderTest {
  // Nothing listens here; nothing in these tests talks to Redis.
  private static final String NOWHERE = "redis://127.0.0.1:1/0";

  private static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static String keyOf(RedisRequestLimiter.Builder b) {
    try (RedisRequestLimiter l = b.build()) {
      return l.key();
    }
  }

  @Test
  void anonymousSessionsShareOneBudgetAndCookieSessionsWithoutAUserIdAreKeyedByTheirCookie() throws Exception {
    assertThat(keyOf(RedisRequestLimiter.builder(NOWHERE).account(PixivSession.anonymous())))
        .isEqualTo("pixiv:limiter:" + sha256("anonymous"));
    assertThat(keyOf(RedisRequestLimiter.builder(NOWHERE).keyPrefix("k:")
        .account(PixivSession.ofCookieHeader("device_token=abc123; a=1"))))
        .isEqualTo("k:" + sha256("cookie:device_token=abc123; a=1"));
    assertThat(keyOf(RedisRequestLimiter.builder(NOWHERE).accountId("bot-7")))
        .isEqualTo("pixiv:limiter:" + sha256("id:bot-7"));
  }

  @Test
  void toStringNamesTheRateAndThePolicyButNotTheServer() {
    try (RedisRequestLimiter unpaced = RedisRequestLimiter.builder("redis://:hunter2@127.0.0.1:1/0").accountId("a")
        .permitsPerSecond(0).whenUnavailable(RedisRequestLimiter.WhenUnavailable.LOCAL).build();
        RedisRequestLimiter paced = RedisRequestLimiter.builder(NOWHERE).accountId("a").permitsPerSecond(2.5).build()) {
      assertThat(unpaced.toString())
          .isEqualTo("RedisRequestLimiter{key=" + unpaced.key() + ", unpaced, whenUnavailable=LOCAL}");
      assertThat(paced.toString()).isEqualTo("RedisRequestLimiter{key=" + paced.key() + ", 2.5/s, whenUnavailable=FAIL}");
    }
  }

  @Test
  void theSmallestAndLargestAllowedSettingsAreAccepted() {
    RedisRequestLimiter.Builder b = RedisRequestLimiter.builder(NOWHERE).accountId("a");
    b.permitsPerSecond(0)
        .pauses(Duration.ofSeconds(3), Duration.ofSeconds(3))
        .pauses(Duration.ZERO, Duration.ZERO)
        .idleExpiry(Duration.ofMillis(1))
        .timeout(Duration.ofMillis(1))
        .timeout(Duration.ofMillis(Integer.MAX_VALUE));
    try (RedisRequestLimiter l = b.build()) {
      assertThat(l.toString()).contains("unpaced");
    }
  }

  @Test
  void settingsJustOutsideTheLimitsAreRejectedNamingTheParameter() {
    RedisRequestLimiter.Builder b = RedisRequestLimiter.builder(NOWHERE);
    assertThatThrownBy(() -> b.pauses(Duration.ofSeconds(3), Duration.ofMillis(2999)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPause");
    assertThatThrownBy(() -> b.pauses(Duration.ofNanos(-1), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basePause");
    assertThatThrownBy(() -> b.idleExpiry(Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleExpiry");
    assertThatThrownBy(() -> b.timeout(Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> b.timeout(Duration.ofMillis(Integer.MAX_VALUE + 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> b.permitsPerSecond(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permitsPerSecond");
  }
}
