package io.github.pixivajax.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * pixiv throttled the account (HTTP 429 or its rate-limit error). The limit applies to the whole
 * account: every stream sharing the session should pause, not just this request.
 */
public class PixivRateLimitException extends PixivApiException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;
  private final boolean exceedsMaxPause;

  public PixivRateLimitException(
      int status,
      String method,
      String path,
      @Nullable String pixivMessage,
      String bodySnippet,
      @Nullable Duration retryAfter) {
    super(status, method, path, pixivMessage, bodySnippet);
    this.retryAfter = retryAfter;
    this.exceedsMaxPause = false;
  }

  /**
   * pixiv asked to wait {@code retryAfter}, longer than the client's {@code maxPause}: the call failed
   * at once instead of pausing every request for that long.
   */
  public PixivRateLimitException(
      int status,
      String method,
      String path,
      @Nullable String pixivMessage,
      String bodySnippet,
      Duration retryAfter,
      Duration maxPause) {
    super(method + " " + path + " -> HTTP " + status + ": rate limited; pixiv asked to wait " + human(retryAfter)
            + ", more than the maximum pause of " + human(maxPause),
        status, method, path, pixivMessage, bodySnippet);
    this.retryAfter = retryAfter;
    this.exceedsMaxPause = true;
  }

  /**
   * True when pixiv asked for a longer pause than the client waits out; retrying before {@link
   * #retryAfter()} has passed is pointless.
   */
  public boolean exceedsMaxPause() {
    return exceedsMaxPause;
  }

  static String human(Duration d) {
    long s = d.getSeconds();
    if (s >= 86_400) {
      return (s / 86_400) + " days " + (s % 86_400) / 3600 + " h (" + s + " s)";
    }
    if (s >= 3600) {
      return (s / 3600) + " h " + (s % 3600) / 60 + " min (" + s + " s)";
    }
    if (s >= 60) {
      return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
    }
    return s + " s";
  }

  /**
   * How long pixiv asked to wait, from {@code Retry-After} (seconds or an HTTP-date); null when it
   * did not say. pixiv usually clears a limit after one to three minutes of silence.
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
