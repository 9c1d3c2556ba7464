package io.github.pixivajax.core;

import org.jspecify.annotations.Nullable;

/** pixiv failed on its side (HTTP 5xx); usually worth retrying later. */
public class PixivServerException extends PixivApiException {
  private static final long serialVersionUID = 1L;

  public PixivServerException(
      int status, String method, String path, @Nullable String pixivMessage, String bodySnippet) {
    super(status, method, path, pixivMessage, bodySnippet);
  }
}
