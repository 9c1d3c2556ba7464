package io.github.pixivajax.core;

import io.github.pixivajax.core.ugoira.UgoiraConverter;
import io.github.pixivajax.core.ugoira.UgoiraFormat;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Downloads} saves artworks: the target folder, the name template, the image size, an
 * optional {@link DownloadArchive}, whether to write the work's JSON beside each file, and what to
 * save of ugoira (animations). Immutable.
 */
public final class DownloadOptions {
  /** Which image of a page to save. */
  public enum Size {
    /**
     * The original upload; when pixiv hides its URL, rebuilt from a thumbnail and probed as
     * {@code .jpg}, {@code .png}, {@code .gif}, falling back to {@link #REGULAR}.
     */
    ORIGINAL,
    /** The {@code master1200} JPEG (at most 1200 px). */
    REGULAR
  }

  /**
   * What to save of an ugoira (illustType 2): its zip of frames and {@code .ugoira.json} (frames and
   * delays), plus a converted animation — or nothing. {@link #GIF} by default.
   */
  public enum UgoiraMode {
    /** Skip ugoira works: no request beyond the work itself, no file, no result. */
    NONE(null),
    /** The zip and its {@code .ugoira.json} only. */
    ZIP(null),
    /** Zip, {@code .ugoira.json} and an animated GIF (pure Java). */
    GIF(UgoiraFormat.GIF),
    /** Zip, {@code .ugoira.json} and a WebM (ffmpeg). */
    WEBM(UgoiraFormat.WEBM),
    /** Zip, {@code .ugoira.json} and an MP4 (ffmpeg). */
    MP4(UgoiraFormat.MP4),
    /** Zip, {@code .ugoira.json} and an animated WebP (ffmpeg). */
    WEBP(UgoiraFormat.WEBP),
    /** Zip, {@code .ugoira.json} and an APNG (ffmpeg). */
    APNG(UgoiraFormat.APNG);

    private final @Nullable UgoiraFormat format;

    UgoiraMode(@Nullable UgoiraFormat format) {
      this.format = format;
    }

    /** The format the zip is converted to; null for {@link #NONE} and {@link #ZIP}. */
    public @Nullable UgoiraFormat format() {
      return format;
    }
  }

  private final Path directory;
  private final NameTemplate name;
  private final Size size;
  private final @Nullable DownloadArchive archive;
  private final boolean metadata;
  private final int parallelism;
  private final int abortAfterKnown;
  private final boolean fsync;
  private final UgoiraMode ugoira;
  private final UgoiraConverter ugoiraConverter;

  private DownloadOptions(Builder b) {
    this.fsync = b.fsync;
    this.parallelism = b.parallelism;
    this.abortAfterKnown = b.abortAfterKnown;
    this.directory = b.directory;
    this.name = b.name;
    this.size = b.size;
    this.archive = b.archive;
    this.metadata = b.metadata;
    this.ugoira = b.ugoira;
    this.ugoiraConverter = b.ugoiraConverter;
  }

  /** The current folder, {@link NameTemplate#DEFAULT}, originals, no archive, no metadata. */
  public static DownloadOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Path directory() {
    return directory;
  }

  public NameTemplate name() {
    return name;
  }

  public Size size() {
    return size;
  }

  public @Nullable DownloadArchive archive() {
    return archive;
  }

  public boolean metadata() {
    return metadata;
  }

  /** Image requests at once; streams keep one work more in flight, reading its metadata ahead. 3 by default. */
  public int parallelism() {
    return parallelism;
  }

  /** Streams stop after this many works in a row that the archive knows; 0 (never) by default. */
  public int abortAfterKnown() {
    return abortAfterKnown;
  }

  /**
   * Whether each file is forced to disk before its rename: true by default.
   * The rename comes last either way, so a crash of the process never leaves a half-written file
   * under a final name; the fsync extends that to a power loss or kernel crash, at the price of
   * waiting for the disk once per file.
   */
  public boolean fsync() {
    return fsync;
  }

  /** What to save of ugoira works; {@link UgoiraMode#GIF} by default. */
  public UgoiraMode ugoira() {
    return ugoira;
  }

  /** Converts ugoira zips ({@link UgoiraConverter#create()} by default: dithered GIFs, ffmpeg from {@code PATH}). */
  public UgoiraConverter ugoiraConverter() {
    return ugoiraConverter;
  }

  @Override
  public String toString() {
    return "DownloadOptions{parallelism=" + parallelism + ", abortAfterKnown=" + abortAfterKnown + ", directory=" + directory + ", name=" + name + ", size=" + size
        + ", archive=" + (archive == null ? "none" : archive.file()) + ", metadata=" + metadata + ", fsync=" + fsync
        + ", ugoira=" + ugoira + "}";
  }

  /** Builds {@link DownloadOptions}. */
  public static final class Builder {
    private Path directory = Path.of(".");
    private NameTemplate name = NameTemplate.DEFAULT;
    private Size size = Size.ORIGINAL;
    private @Nullable DownloadArchive archive;
    private boolean metadata;
    private int parallelism = PixivClient.DEFAULT_DOWNLOAD_PARALLELISM;
    private int abortAfterKnown;
    private boolean fsync = true;
    private UgoiraMode ugoira = UgoiraMode.GIF;
    private UgoiraConverter ugoiraConverter = UgoiraConverter.create();

    private Builder() {}

    /**
     * {@code false} skips the fsync of each file: faster (much, on slow disks), and a
     * crash of the process still leaves nothing half-written under a final name, but after a power
     * loss a final name may hold a truncated file. True by default.
     */
    public Builder fsync(boolean fsync) {
      this.fsync = fsync;
      return this;
    }

    /**
     * What to save of ugoira works: zip + {@code .ugoira.json} + a GIF by default; {@link
     * UgoiraMode#ZIP} for zip + json, another format for zip + json + that format (ffmpeg formats fail
     * with {@link io.github.pixivajax.core.ugoira.MissingToolException} before the zip is downloaded
     * when ffmpeg is missing), {@link UgoiraMode#NONE} to skip them.
     */
    public Builder ugoira(UgoiraMode ugoira) {
      this.ugoira = Objects.requireNonNull(ugoira, "ugoira == null");
      return this;
    }

    /** The converter for ugoira zips: GIF dithering, where ffmpeg is. */
    public Builder ugoiraConverter(UgoiraConverter converter) {
      this.ugoiraConverter = Objects.requireNonNull(converter, "converter == null");
      return this;
    }

    /** Image requests at once (streams keep one work more in flight, reading its metadata ahead); 3 by default. */
    public Builder parallelism(int parallelism) {
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
      }
      this.parallelism = parallelism;
      return this;
    }

    /**
     * For streams with an archive: stop after {@code n} works in a row that the archive already has
     * ("new since last run"); 0 for never.
     */
    public Builder abortAfterKnown(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("abortAfterKnown must be >= 0 but was " + n);
      }
      this.abortAfterKnown = n;
      return this;
    }

    /** The target folder; {@code .} by default. Nothing is written outside it. */
    public Builder directory(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory == null");
      return this;
    }

    public Builder name(NameTemplate name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    public Builder size(Size size) {
      this.size = Objects.requireNonNull(size, "size == null");
      return this;
    }

    /** Skip what the archive knows, and record what is saved; the caller keeps ownership. */
    public Builder archive(@Nullable DownloadArchive archive) {
      this.archive = archive;
      return this;
    }

    /** Write the work's JSON beside each file as {@code NAME.json}. */
    public Builder metadata(boolean metadata) {
      this.metadata = metadata;
      return this;
    }

    public DownloadOptions build() {
      return new DownloadOptions(this);
    }
  }
}
