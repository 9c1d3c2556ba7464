package io.github.pixivajax.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Exact messages at the edges: unit boundaries of durations, status 0, cookie part numbering. */
class ExceptionAndSessionEdgesTest {

  @Test
  void pauseDurationsAreWrittenInTheLargestWholeUnit() {
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(59))).isEqualTo("59 s");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(60))).isEqualTo("1 min");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(150))).isEqualTo("2 min 30 s");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(3599))).isEqualTo("59 min 59 s");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(3600))).isEqualTo("1 h 0 min (3600 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(7500))).isEqualTo("2 h 5 min (7500 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(86_399))).isEqualTo("23 h 59 min (86399 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(86_400))).isEqualTo("1 days 0 h (86400 s)");
    assertThat(PixivRateLimitException.human(Duration.ofSeconds(2 * 86_400 + 3 * 3600 + 5)))
        .isEqualTo("2 days 3 h (183605 s)");
  }

  @Test
  void rateLimitBeyondTheMaximumPauseSaysBothDurations() {
    var e = new PixivRateLimitException(429, "GET", "/ajax/x", null, "", Duration.ofSeconds(7500), Duration.ofSeconds(90));
    assertThat(e.exceedsMaxPause()).isTrue();
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7500));
    assertThat(e.getMessage()).isEqualTo("GET /ajax/x -> HTTP 429: rate limited; pixiv asked to wait 2 h 5 min (7500 s),"
        + " more than the maximum pause of 1 min 30 s");
    var plain = new PixivRateLimitException(429, "GET", "/ajax/x", "slow down", "", Duration.ofSeconds(61));
    assertThat(plain.exceedsMaxPause()).isFalse();
    assertThat(plain.getMessage()).isEqualTo("GET /ajax/x -> HTTP 429: slow down");
  }

  @Test
  void apiExceptionWithoutStatusLeavesTheStatusOut() {
    assertThat(new PixivApiException(0, "POST", "/ajax/y", "bad", "").getMessage()).isEqualTo("POST /ajax/y: bad");
    assertThat(new PixivApiException(1, "POST", "/ajax/y", "", "").getMessage()).isEqualTo("POST /ajax/y -> HTTP 1");
  }

  @Test
  void cookieHeaderErrorsNumberThePartsFromOne() {
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("a=1; b=2; c"))
        .hasMessage("cookieHeader is malformed: part 3 is not name=value");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("a=1; b=x y"))
        .hasMessageEndingWith("the value of part 2 has a character that is not allowed in a cookie"
            + " (only visible ASCII without whitespace, ',', ';' or '\\') at index 1");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("a=1; b=x\u0001y"))
        .hasMessage("cookieHeader is malformed: control character or line break at index 8");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("a=x\u007fy"))
        .hasMessage("cookieHeader is malformed: control character or line break at index 3");
  }

  @Test
  void cookieValuesMayBeQuotedButNotContainQuotes() {
    assertThat(PixivSession.ofCookieHeader("a=\"quoted\"; b=1").toString())
        .isEqualTo("PixivSession{userId=unknown, cookie=<redacted>}");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("a=x\"y"))
        .hasMessageEndingWith("at index 1");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("a=xy\"z"))
        .hasMessageEndingWith("at index 2");
    assertThatThrownBy(() -> PixivSession.ofCookieHeader("a=x~\u00e9"))
        .hasMessageEndingWith("at index 2");
    assertThat(PixivSession.ofCookieHeader("a=!~").userId()).isEmpty();
  }

  @Test
  void sessionToStringShowsTheUserIdOnly() {
    assertThat(PixivSession.ofCookieHeader("x=1; PHPSESSID=4242_abcdefgh").toString())
        .isEqualTo("PixivSession{userId=4242, cookie=<redacted>}");
    assertThat(PixivSession.anonymous().toString()).isEqualTo("PixivSession{anonymous}");
  }

  @Test
  void parseTellsCookieHeadersFromBareIdsByTheirFirstCharacter() {
    assertThatThrownBy(() -> PixivSession.parse(";abcdefgh"))
        .hasMessage("cookieHeader is malformed: part 1 is not name=value");
    assertThatThrownBy(() -> PixivSession.parse("=abcdefgh"))
        .hasMessage("cookieHeader is malformed: part 1 is not name=value");
    assertThat(PixivSession.parse("a=1").toString()).isEqualTo("PixivSession{userId=unknown, cookie=<redacted>}");
    assertThat(PixivSession.parse("4242_abcdefgh").userId()).contains("4242");
  }
}
