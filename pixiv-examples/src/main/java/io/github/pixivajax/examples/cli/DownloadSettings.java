package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.NameTemplate;
import io.github.pixivajax.core.ugoira.MissingToolException;
import io.github.pixivajax.core.ugoira.UgoiraConverter;
import io.github.pixivajax.core.ugoira.UgoiraFormat;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every {@code download} command shares. */
final class DownloadSettings {
  @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Target folder (default: ${DEFAULT-VALUE}).")
  Path dir = Path.of(".");

  @Option(names = "--name", paramLabel = "TEMPLATE", defaultValue = "{user_id}/{id}_p{page}.{ext}",
      description = "File name under DIR: {id} {page} {ext} {title} {user_id} {user_name} {date} {type} (default: ${DEFAULT-VALUE}).")
  String name = "{user_id}/{id}_p{page}.{ext}";

  @Option(names = "--size", paramLabel = "SIZE", defaultValue = "original", description = "original or regular (master1200) (default: ${DEFAULT-VALUE}).")
  Size size = Size.original;

  @Option(names = "--archive", paramLabel = "FILE", description = "SQLite archive of saved files (default: DIR/.pixiv-archive.sqlite).")
  @Nullable Path archive;

  @Option(names = "--no-archive", description = "Keep no archive (files under their final name are still skipped).")
  boolean noArchive;

  @Option(names = "--parallel", paramLabel = "K", defaultValue = "3", description = "Image requests at once (default: ${DEFAULT-VALUE}).")
  int parallel = 3;

  @Option(names = "--metadata", description = "Write each work's JSON beside its files (NAME.json).")
  boolean metadata;

  @Option(names = "--no-fsync", description = "Do not force each file to disk before its rename: faster; a crash of the process still"
      + " leaves no half-written file under a final name, a power loss may.")
  boolean noFsync;

  @Option(names = "--abort-after-known", paramLabel = "N", defaultValue = "0",
      description = "Stop after N works in a row that the archive already has, 0 = never (default: ${DEFAULT-VALUE}).")
  int abortAfterKnown;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Works to process, 0 = all (default: ${DEFAULT-VALUE}).")
  long limit;

  @Option(names = "--ugoira", paramLabel = "WHAT", defaultValue = "gif",
      description = "Ugoira works: gif, webm, mp4, webp or apng (zip + .ugoira.json + that; all but gif need ffmpeg),"
          + " zip (zip + .ugoira.json), none (skip them) (default: ${DEFAULT-VALUE}).")
  DownloadOptions.UgoiraMode ugoira = DownloadOptions.UgoiraMode.GIF;

  @Option(names = "--ffmpeg", paramLabel = "FILE", description = "The ffmpeg for --ugoira webm|mp4|webp|apng (default: ffmpeg on PATH).")
  @Nullable Path ffmpeg;

  enum Size {
    original,
    regular
  }

  /**
   * The ugoira converter; when {@code --ugoira} needs ffmpeg and there is none, a {@link
   * MissingToolException} naming it — before any request or file.
   */
  UgoiraConverter converter() {
    UgoiraConverter c = ffmpeg == null ? UgoiraConverter.create() : UgoiraConverter.builder().ffmpeg(ffmpeg).build();
    UgoiraFormat format = ugoira.format();
    if (format != null && !c.supports(format)) {
      String where = ffmpeg != null ? ffmpeg + " is not an executable file" : "ffmpeg was not found on PATH";
      throw new MissingToolException("ffmpeg", "--ugoira " + format.extension() + " needs ffmpeg, but " + where
          + "; install it, point --ffmpeg at it, or choose --ugoira gif, zip or none");
    }
    return c;
  }

  /** Checks every value before any request; the messages name the option. */
  void validate() {
    if (parallel < 1 || parallel > 64) {
      throw new IllegalArgumentException("--parallel must be between 1 and 64 but was " + parallel);
    }
    if (abortAfterKnown < 0) {
      throw new IllegalArgumentException("--abort-after-known must be >= 0 but was " + abortAfterKnown);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must be >= 0 but was " + limit);
    }
    if (noArchive && archive != null) {
      throw new IllegalArgumentException("--archive and --no-archive exclude each other");
    }
    template();
  }

  NameTemplate template() {
    try {
      return NameTemplate.parse(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--name: " + e.getMessage(), e);
    }
  }

  @Nullable Path archiveFile() {
    return noArchive ? null : archive != null ? archive : dir.resolve(".pixiv-archive.sqlite");
  }

  DownloadOptions.Size imageSize() {
    return size == Size.regular ? DownloadOptions.Size.REGULAR : DownloadOptions.Size.ORIGINAL;
  }
}
