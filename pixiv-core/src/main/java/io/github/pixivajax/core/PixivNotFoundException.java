package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/** The resource does not exist or was deleted: HTTP 404, or pixiv's not-found error. */
public class PixivNotFoundException extends PixivApiException {
  private static final long serialVersionUID = 1L;

  public PixivNotFoundException(
      int status, String method, String path, @Nullable String pixivMessage, String bodySnippet) {
    super(status, method, path, pixivMessage, bodySnippet);
  }
}
