package io.github.pixivajax.core.ugoira;

import io.github.pixivajax.core.PixivException;
import org.jspecify.annotations.Nullable;

/** An ugoira could not be converted: a frame missing from the zip, an unreadable image, ffmpeg failing. */
public class UgoiraException extends PixivException {
  private static final long serialVersionUID = 1L;

  public UgoiraException(String message) {
    super(message);
  }

  public UgoiraException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
