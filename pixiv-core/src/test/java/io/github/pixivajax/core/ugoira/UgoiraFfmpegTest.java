package io.github.pixivajax.core.ugoira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.pixivajax.core.internal.FfmpegRunner;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UgoiraFfmpegTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @EnumSource(value = UgoiraFormat.class, names = {"WEBM", "MP4", "WEBP", "APNG"})
  void withoutFfmpegOnPathTheErrorNamesTheToolAndNothingIsWritten(UgoiraFormat format) throws IOException {
    Path zip = dir.resolve("5.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 2, 16, 16);
    Path emptyBin = Files.createDirectory(dir.resolve("bin"));
    UgoiraConverter converter = UgoiraConverter.builder().searchPath(emptyBin.toString()).build();

    assertThat(converter.supports(format)).isFalse();
    assertThat(converter.supports(UgoiraFormat.GIF)).isTrue();
    assertThatThrownBy(() -> converter.convert(zip, meta, format, dir.resolve("5." + format.extension())))
        .isInstanceOfSatisfying(MissingToolException.class, e -> assertThat(e.tool()).isEqualTo("ffmpeg"))
        .hasMessageContaining("needs ffmpeg, but ffmpeg was not found on PATH");
    assertThat(names()).containsExactly("5.zip", "bin");
  }

  @Test
  void anExplicitFfmpegThatIsNotThereIsNamed() throws IOException {
    Path zip = dir.resolve("5.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 2, 16, 16);
    Path missing = dir.resolve("nope/ffmpeg");
    assertThatThrownBy(() -> UgoiraConverter.builder().ffmpeg(missing).build().convert(zip, meta, UgoiraFormat.WEBM, dir.resolve("5.webm")))
        .isInstanceOf(MissingToolException.class)
        .hasMessageContaining(missing + " is not an executable file");
  }

  /** A stand-in ffmpeg that keeps its arguments and concat list, then writes the output (or fails). */
  private Path fakeFfmpeg(Path bin, int exitCode) throws IOException {
    Files.createDirectories(bin);
    Path script = bin.resolve("ffmpeg");
    Files.writeString(script, "#!/bin/sh\n"
        + "log='" + dir.resolve("args.txt") + "'\n"
        + ": > \"$log\"\n"
        + "prev=''\n"
        + "for a in \"$@\"; do echo \"$a\" >> \"$log\"; [ \"$prev\" = '-i' ] && cp \"$a\" '" + dir.resolve("list.txt") + "'"
        + " && ls \"$(dirname \"$a\")\" > '" + dir.resolve("frames.txt") + "'; prev=\"$a\"; out=\"$a\"; done\n"
        + (exitCode == 0 ? "printf 'video' > \"$out\"\n" : "echo 'Unknown encoder libvpx-vp9' >&2\n")
        + "exit " + exitCode + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void ffmpegOnPathGetsEveryFrameWithItsExactDurationAndTheLastFrameRepeated() throws IOException {
    Path zip = dir.resolve("9.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 4, 16, 16); // 40, 73, 120, 33 ms
    fakeFfmpeg(dir.resolve("bin"), 0);
    UgoiraConverter converter = UgoiraConverter.builder().searchPath(dir.resolve("empty") + java.io.File.pathSeparator + dir.resolve("bin")).build();

    Path out = converter.convert(zip, meta, UgoiraFormat.WEBM, dir.resolve("9.webm"));

    assertThat(Files.readString(out)).isEqualTo("video");
    assertThat(Files.readString(dir.resolve("list.txt"))).isEqualTo("ffconcat version 1.0\n"
        + "file '000000.jpg'\noption framerate 1000\nduration 0.040\n"
        + "file '000001.jpg'\noption framerate 1000\nduration 0.073\n"
        + "file '000002.jpg'\noption framerate 1000\nduration 0.120\n"
        + "file '000003.jpg'\noption framerate 1000\nduration 0.033\n"
        + "file '000003.jpg'\noption framerate 1000\n");
    assertThat(Files.readAllLines(dir.resolve("frames.txt"))).contains("000000.jpg", "000003.jpg");
    List<String> args = Files.readAllLines(dir.resolve("args.txt"));
    assertThat(String.join(" ", args)).contains("-f concat -safe 0 -i").contains("-vsync vfr").contains("-c:v libvpx-vp9")
        .contains("-f webm");
    // ffmpeg wrote a temp name beside the target, which was then renamed into place.
    assertThat(args.get(args.size() - 1)).startsWith(dir.resolve(".9.webm").toString()).endsWith(".part");
    assertThat(names()).containsExactly("9.webm", "9.zip", "args.txt", "bin", "frames.txt", "list.txt");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void ffmpegFailingIsAnUgoiraExceptionWithItsMessageAndNoFile() throws IOException {
    Path zip = dir.resolve("9.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 2, 16, 16);
    Path ffmpeg = fakeFfmpeg(dir.resolve("bin"), 1);
    assertThatThrownBy(() -> UgoiraConverter.builder().ffmpeg(ffmpeg).build().convert(zip, meta, UgoiraFormat.MP4, dir.resolve("9.mp4")))
        .isInstanceOf(UgoiraException.class)
        .isNotInstanceOf(MissingToolException.class)
        .hasMessageContaining("exited with 1: Unknown encoder libvpx-vp9");
    assertThat(names()).doesNotContain("9.mp4").noneMatch(n -> n.endsWith(".part"));
  }

  /**
   * Needs a real ffmpeg and ffprobe: skipped without them, except in CI ({@code .ci/run} installs them and
   * sets {@code -Dpixiv.fixtures.required=true}), where their absence fails.
   */
  @ParameterizedTest
  @EnumSource(value = UgoiraFormat.class, names = {"WEBM", "MP4", "WEBP", "APNG"})
  void realFfmpegGivesEveryFrameItsOwnDuration(UgoiraFormat format) throws Exception {
    Path ffprobe = FfmpegRunner.find("ffprobe", System.getenv("PATH"));
    boolean present = UgoiraConverter.create().ffmpeg() != null && ffprobe != null;
    if (Boolean.getBoolean("pixiv.fixtures.required")) {
      assertThat(present).as("ffmpeg and ffprobe on PATH (-Dpixiv.fixtures.required=true)").isTrue();
    }
    assumeTrue(present, "ffmpeg and ffprobe are not on PATH");
    Path zip = dir.resolve("3.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 10, 64, 48); // 753 ms
    Path out = UgoiraConverter.create().convert(zip, meta, format, dir.resolve("3." + format.extension()));
    assertThat(Files.size(out)).isPositive();
    if (format == UgoiraFormat.WEBP) {
      return; // ffprobe cannot read animated WebP
    }
    String probe = probe(ffprobe, "-show_entries", "packet=pts_time", "-of", "csv=p=0", out.toString());
    List<Long> starts = probe.lines().filter(l -> !l.isBlank()).map(l -> Math.round(Double.parseDouble(l.replace(",", "")) * 1000))
        .sorted().toList();
    long at = 0;
    for (int i = 0; i < 10; i++) {
      assertThat(starts.get(i)).as("frame %d starts", i).isEqualTo(at);
      at += meta.frames().get(i).delay();
    }
    if (format != UgoiraFormat.APNG) {
      // The repeated last frame only marks where the last real frame ends.
      String duration = probe(ffprobe, "-show_entries", "format=duration", "-of", "csv=p=0", out.toString()).strip();
      assertThat(Math.abs(Double.parseDouble(duration) * 1000 - meta.duration().toMillis())).as(duration).isLessThanOrEqualTo(10);
    }
  }

  private static String probe(Path ffprobe, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(ffprobe.toString(), "-v", "error"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
