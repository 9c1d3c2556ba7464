package io.github.pixivajax.core;

import java.nio.file.Path;

/**
 * Hears about files while they download. Called on the downloading threads, possibly several at once:
 * implementations must be thread-safe and quick.
 */
public interface DownloadListener {
  /** Hears nothing. */
  DownloadListener NONE = new DownloadListener() {};

  /** A file's transfer begins ({@code target} is its final name). */
  default void started(String workId, int page, Path target) {}

  /**
   * {@code delta} more bytes of a file arrived; {@code total} is its full length, or -1 when the server
   * did not say.
   */
  default void progress(String workId, int page, long delta, long total) {}

  /** A file is done: saved, skipped or failed. */
  default void finished(DownloadResult result) {}
}
