package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/**
 * An image host refused the file (HTTP 403): usually a missing or wrong {@code Referer}, a proxy that
 * blocks the request, or a work the account may not see.
 */
public class PixivForbiddenException extends PixivAuthException {
  private static final long serialVersionUID = 1L;

  public PixivForbiddenException(int status, String method, String path, @Nullable String pixivMessage, String bodySnippet) {
    super(status, method, path, pixivMessage, bodySnippet);
  }
}
