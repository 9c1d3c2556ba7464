package io.github.pixivajax.core.ugoira;

/**
 * A conversion needs an external program that is not installed: ffmpeg for WebM, MP4, WebP and
 * APNG. Nothing was written.
 */
public final class MissingToolException extends UgoiraException {
  private static final long serialVersionUID = 1L;

  private final String tool;

  public MissingToolException(String tool, String message) {
    super(message);
    this.tool = tool;
  }

  /** The program's name, e.g. {@code ffmpeg}. */
  public String tool() {
    return tool;
  }
}
