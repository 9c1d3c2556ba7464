package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/**
 * Root of every failure this library reports. Unchecked, like Retrofit's and RxJava's own errors.
 *
 * <p>Messages never contain the session cookie, PHPSESSID or CSRF token.
 */
public class PixivException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PixivException(String message) {
    super(message);
  }

  public PixivException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
