package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.PixivException;
import java.io.IOException;

/**
 * Carries a {@link PixivException} through OkHttp's interceptor chain, which only lets {@link
 * IOException} out cleanly; {@link ErrorMapper} unwraps it.
 */
public final class WrappedPixivException extends IOException {
  private static final long serialVersionUID = 1L;

  public WrappedPixivException(PixivException cause) {
    super(cause.getMessage(), cause);
  }

  public PixivException pixivException() {
    return (PixivException) getCause();
  }
}
