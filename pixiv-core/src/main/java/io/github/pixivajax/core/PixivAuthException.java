package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/** Not logged in, or not allowed: HTTP 401/403, pixiv's login errors, or a login-only call made with an anonymous or logged-out session. */
public class PixivAuthException extends PixivApiException {
  private static final long serialVersionUID = 1L;

  public PixivAuthException(
      int status, String method, String path, @Nullable String pixivMessage, String bodySnippet) {
    super(status, method, path, pixivMessage, bodySnippet);
  }

  /** Refused before any request was sent ({@link #status()} is 0); {@code reason} says why. */
  public PixivAuthException(String method, String path, String reason) {
    super(method + " " + path + ": " + reason, 0, method, path, null, "");
  }
}
