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

  public PixivRateLimitException(
      int status,
      String method,
      String path,
      @Nullable String pixivMessage,
      String bodySnippet,
      @Nullable Duration retryAfter) {
    super(status, method, path, pixivMessage, bodySnippet);
    this.retryAfter = retryAfter;
  }

  /**
   * How long pixiv asked to wait, from {@code Retry-After} (seconds or an HTTP-date); null when it
   * did not say. pixiv usually clears a limit after one to three minutes of silence.
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
