package io.github.pixivajax.core;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of one file.
 *
 * @param workId the artwork's id; empty for {@link Downloads#file} downloads
 * @param page the page (0-based); for an ugoira, its file: 0 the zip, 1 the {@code .ugoira.json}, 2–6
 *     the GIF, WebM, MP4, WebP or APNG (see {@link Downloads#artwork})
 * @param status saved now, skipped (already saved), or failed
 * @param path the final file; null when it failed before a name was known
 * @param bytes the file's size (for skipped files, as recorded or found)
 * @param url where it came from; null for files skipped without a request
 * @param sha256 the file's SHA-256 in lower-case hex when known
 * @param error why it failed; null unless {@code status} is {@link Status#FAILED}
 */
public record DownloadResult(
    String workId,
    int page,
    Status status,
    @Nullable Path path,
    long bytes,
    @Nullable String url,
    @Nullable String sha256,
    @Nullable PixivException error) {
  public DownloadResult {
    Objects.requireNonNull(workId, "workId == null");
    Objects.requireNonNull(status, "status == null");
  }

  /** The outcome of one file. */
  public enum Status {
    /** Downloaded and renamed to its final name by this run. */
    SAVED,
    /** Already saved (in the archive, or a file under the final name exists); nothing was fetched. */
    SKIPPED,
    /** Could not be saved; {@link #error()} says why. No file exists under the final name. */
    FAILED
  }

  static DownloadResult failed(String workId, int page, @Nullable Path path, @Nullable String url, PixivException e) {
    return new DownloadResult(workId, page, Status.FAILED, path, 0, url, null, e);
  }
}
