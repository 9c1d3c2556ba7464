package io.github.pixivajax.core.ugoira;

import io.github.pixivajax.core.internal.AtomicFiles;
import io.github.pixivajax.core.internal.FfmpegRunner;
import io.github.pixivajax.core.internal.UgoiraGifWriter;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns an ugoira zip and its {@link UgoiraMeta} into a playable animation.
 *
 * <pre>{@code
 * UgoiraMeta meta = client.artworks().ugoiraMeta(id).blockingGet();
 * // … download meta.originalSrc() to zip …
 * UgoiraConverter.create().convert(zip, meta, UgoiraFormat.GIF, Path.of(id + ".gif"));
 * }</pre>
 *
 * <p><b>GIF</b> is written in pure Java: frames are read one at a time from the zip in {@code
 * frames} order (memory is bounded by one frame, not the animation), each gets its own 256-colour
 * palette (median cut, Floyd–Steinberg dithering by default), each shows for its own delay — GIF
 * counts centiseconds, so the rounding error is carried forward and the total length stays exact —
 * and the animation loops forever.
 *
 * <p><b>WebM, MP4, WebP, APNG</b> go through ffmpeg ({@link Builder#ffmpeg(Path)}, else the first
 * {@code ffmpeg} on {@code PATH}) with each frame's exact duration; without ffmpeg they fail with
 * {@link MissingToolException} before anything is written.
 *
 * <p>Output is written to a temp file beside the target and renamed into place when complete: no
 * half-written file ever appears under the target's name. Instances are immutable and thread-safe;
 * conversions block the calling thread (run them on {@code Schedulers.io()}).
 */
public final class UgoiraConverter {
  private final boolean dither;
  private final @Nullable Path ffmpeg;
  private final @Nullable String searchPath;

  private UgoiraConverter(Builder b) {
    this.dither = b.dither;
    this.ffmpeg = b.ffmpeg;
    this.searchPath = b.searchPath;
  }

  /** Dithered GIFs; ffmpeg from {@code PATH}. */
  public static UgoiraConverter create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Converts {@code zip} (pixiv's ugoira zip, or any zip holding the frames {@code meta} names) to
   * {@code format} at {@code target}, replacing an existing file; returns {@code target}.
   *
   * @throws IllegalArgumentException when {@code meta} has no frames
   * @throws MissingToolException when {@code format} needs ffmpeg and there is none
   * @throws UgoiraException when a frame is missing or unreadable, or ffmpeg fails
   * @throws UncheckedIOException when reading the zip or writing the target fails
   */
  public Path convert(Path zip, UgoiraMeta meta, UgoiraFormat format, Path target) {
    Objects.requireNonNull(zip, "zip == null");
    Objects.requireNonNull(meta, "meta == null");
    Objects.requireNonNull(format, "format == null");
    Objects.requireNonNull(target, "target == null");
    if (meta.frames().isEmpty()) {
      throw new IllegalArgumentException("meta.frames is empty");
    }
    Path tool = format.needsFfmpeg() ? requireFfmpeg(format) : null;
    Path temp;
    try {
      temp = AtomicFiles.tempBeside(target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temp file beside " + target, e);
    }
    try {
      if (tool == null) {
        new UgoiraGifWriter(dither).write(zip, meta, temp);
      } else {
        new FfmpegRunner(tool).convert(zip, meta, format, temp);
      }
      AtomicFiles.publish(temp, target);
      return target;
    } catch (IOException e) {
      AtomicFiles.discard(temp, e);
      throw new UncheckedIOException("cannot convert " + zip + " to " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      AtomicFiles.discard(temp, e);
      throw e;
    }
  }

  /** The ffmpeg this converter would run, or null when there is none. */
  public @Nullable Path ffmpeg() {
    if (ffmpeg != null) {
      return ffmpeg.toFile().canExecute() ? ffmpeg : null;
    }
    return FfmpegRunner.find("ffmpeg", searchPath != null ? searchPath : System.getenv("PATH"));
  }

  /** Whether {@code format} can be made here: GIF always, the others when ffmpeg is found. */
  public boolean supports(UgoiraFormat format) {
    return !format.needsFfmpeg() || ffmpeg() != null;
  }

  /**
   * Throws {@link MissingToolException} when {@code format} cannot be made here — check before
   * downloading a zip that could not be converted.
   */
  public void requireSupported(UgoiraFormat format) {
    Objects.requireNonNull(format, "format == null");
    if (format.needsFfmpeg()) {
      requireFfmpeg(format);
    }
  }

  private Path requireFfmpeg(UgoiraFormat format) {
    Path tool = ffmpeg();
    if (tool == null) {
      String where = ffmpeg != null ? ffmpeg + " is not an executable file" : "ffmpeg was not found on PATH";
      throw new MissingToolException("ffmpeg", "converting an ugoira to " + format.extension() + " needs ffmpeg, but "
          + where + "; install ffmpeg or convert to gif, which needs nothing");
    }
    return tool;
  }

  /** Configures a {@link UgoiraConverter}. */
  public static final class Builder {
    private boolean dither = true;
    private @Nullable Path ffmpeg;
    private @Nullable String searchPath;

    private Builder() {}

    /** Floyd–Steinberg dithering for GIF frames (default on: smooth gradients, slightly larger files). */
    public Builder dither(boolean dither) {
      this.dither = dither;
      return this;
    }

    /** The ffmpeg executable to run, instead of looking it up on {@code PATH}. */
    public Builder ffmpeg(Path ffmpeg) {
      this.ffmpeg = Objects.requireNonNull(ffmpeg, "ffmpeg == null");
      return this;
    }

    /**
     * Where to look for {@code ffmpeg} when no executable is set: a list of directories in the form
     * of {@code PATH} (default: the environment's {@code PATH}).
     */
    public Builder searchPath(String searchPath) {
      this.searchPath = Objects.requireNonNull(searchPath, "searchPath == null");
      return this;
    }

    public UgoiraConverter build() {
      return new UgoiraConverter(this);
    }
  }
}
