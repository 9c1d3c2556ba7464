package io.github.pixivajax.core.internal;

import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.UgoiraException;
import io.github.pixivajax.core.ugoira.UgoiraFormat;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Ugoira → WebM, MP4, WebP or APNG through ffmpeg: the frames are extracted one at a time to a temp
 * folder under names of our own, and ffmpeg reads them through a concat list that gives each frame
 * its exact duration (the last frame is listed twice, because the concat demuxer ignores the last
 * entry's duration).
 */
public final class FfmpegRunner {
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,5}");
  private static final int STDERR_TAIL = 600;

  private final Path ffmpeg;

  public FfmpegRunner(Path ffmpeg) {
    this.ffmpeg = ffmpeg;
  }

  /** The first executable {@code name} (or {@code name.exe}) in the directories of {@code path}. */
  public static @Nullable Path find(String name, @Nullable String path) {
    if (path == null) {
      return null;
    }
    for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
      if (dir.isBlank()) {
        continue;
      }
      for (String candidate : List.of(name, name + ".exe")) {
        Path p = Path.of(dir, candidate);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The ffmpeg arguments after the input that make {@code format}, and the muxer. */
  static List<String> outputArgs(UgoiraFormat format) {
    switch (format) {
      case WEBM:
        return List.of("-c:v", "libvpx-vp9", "-pix_fmt", "yuv420p", "-crf", "30", "-b:v", "0", "-row-mt", "1",
            "-deadline", "good", "-cpu-used", "4", "-f", "webm");
      case MP4:
        // H.264 in yuv420p needs even dimensions.
        return List.of("-c:v", "libx264", "-pix_fmt", "yuv420p", "-crf", "18", "-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2",
            "-movflags", "+faststart", "-f", "mp4");
      case WEBP:
        return List.of("-c:v", "libwebp_anim", "-lossless", "0", "-quality", "90", "-loop", "0", "-f", "webp");
      case APNG:
        return List.of("-plays", "0", "-f", "apng");
      default:
        throw new IllegalArgumentException("ffmpeg does not make " + format + " here");
    }
  }

  /**
   * The concat list: every frame with its duration in seconds, the last frame repeated. {@code
   * option framerate 1000} gives each image a millisecond time base; with the image demuxer's
   * default (1/25 s) ffmpeg would round every timestamp to 40 ms. Needs ffmpeg 5 or newer.
   */
  static String concatList(List<String> files, List<UgoiraMeta.Frame> frames) {
    StringBuilder sb = new StringBuilder("ffconcat version 1.0\n");
    for (int i = 0; i < files.size(); i++) {
      int delay = Math.max(1, frames.get(i).delay());
      sb.append("file '").append(files.get(i)).append("'\noption framerate 1000\n");
      sb.append(String.format(Locale.ROOT, "duration %d.%03d%n", delay / 1000, delay % 1000));
    }
    sb.append("file '").append(files.get(files.size() - 1)).append("'\noption framerate 1000\n");
    return sb.toString();
  }

  /** Writes {@code format} to {@code out} (a plain file; the caller renames it into place). */
  public void convert(Path zip, UgoiraMeta meta, UgoiraFormat format, Path out) throws IOException {
    Path work = Files.createTempDirectory("pixiv-ugoira-");
    try {
      List<String> files = new ArrayList<>();
      try (UgoiraFrames frames = new UgoiraFrames(zip, meta)) {
        for (int i = 0; i < frames.size(); i++) {
          String name = String.format(Locale.ROOT, "%06d.%s", i, extension(frames.frame(i).file()));
          try (InputStream in = frames.open(i)) {
            Files.copy(in, work.resolve(name));
          }
          files.add(name);
        }
      }
      Path list = work.resolve("frames.ffconcat");
      Files.writeString(list, concatList(files, meta.frames()), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-nostdin",
          "-y", "-f", "concat", "-safe", "0", "-i", list.toString(), "-vsync", "vfr"));
      command.addAll(outputArgs(format));
      command.add(out.toAbsolutePath().toString());
      run(command, work.resolve("ffmpeg.log"), out);
    } finally {
      deleteTree(work);
    }
  }

  private void run(List<String> command, Path log, Path out) throws IOException {
    Process process = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(log.toFile())
        .start();
    int code;
    try {
      code = process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while ffmpeg ran");
    }
    if (code != 0 || !Files.isRegularFile(out) || Files.size(out) == 0) {
      throw new UgoiraException("ffmpeg (" + ffmpeg + ") exited with " + code + (code == 0 ? " but wrote nothing" : "")
          + tail(log));
    }
  }

  private static File nullFile() {
    return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static String tail(Path log) {
    try {
      String s = Files.readString(log, StandardCharsets.UTF_8).strip();
      if (s.isEmpty()) {
        return "";
      }
      return ": " + (s.length() > STDERR_TAIL ? "…" + s.substring(s.length() - STDERR_TAIL) : s);
    } catch (IOException e) {
      return "";
    }
  }

  private static String extension(String file) {
    int dot = file.lastIndexOf('.');
    String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    return EXTENSION.matcher(ext).matches() ? ext : "img";
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp folder is harmless.
    }
  }
}
