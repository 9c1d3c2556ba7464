package io.github.pixivajax.rx;

import io.github.pixivajax.core.DownloadResult;
import io.github.pixivajax.core.PixivException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happens to one file of a download stream ({@link DownloadStreams}).
 *
 * @param kind started, progress, or the file's outcome (saved, skipped, failed)
 * @param workId the artwork
 * @param page the page (0-based; for an ugoira, its file as {@link DownloadResult#page()} says); -1
 *     when the work failed before its pages were known
 * @param path the final file name, when known
 * @param bytes {@code PROGRESS}: bytes that just arrived; outcomes: the file's size
 * @param total {@code PROGRESS}: the file's full length, or -1 when the server did not say
 * @param error why it failed ({@code FAILED} only)
 */
public record DownloadEvent(
    Kind kind, String workId, int page, @Nullable Path path, long bytes, long total, @Nullable PixivException error) {
  public DownloadEvent {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(workId, "workId == null");
  }

  /** The kinds of events; a file has one {@code STARTED} (unless skipped), {@code PROGRESS} events, and one outcome. */
  public enum Kind {
    STARTED,
    PROGRESS,
    SAVED,
    SKIPPED,
    FAILED
  }

  /** Whether this is a file's outcome (saved, skipped or failed). */
  public boolean isOutcome() {
    return kind == Kind.SAVED || kind == Kind.SKIPPED || kind == Kind.FAILED;
  }

  static DownloadEvent of(DownloadResult r) {
    Kind k = r.status() == DownloadResult.Status.SAVED ? Kind.SAVED : r.status() == DownloadResult.Status.SKIPPED ? Kind.SKIPPED : Kind.FAILED;
    return new DownloadEvent(k, r.workId(), r.page(), r.path(), r.bytes(), r.bytes(), r.error());
  }
}
