package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/**
 * The shared rate budget could not be reached (e.g. Redis is down), and the limiter was told to fail
 * rather than pace locally: no request was sent. Retry later; nothing reached pixiv.
 */
public class PixivLimiterUnavailableException extends PixivException {
  private static final long serialVersionUID = 1L;

  public PixivLimiterUnavailableException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
