package io.github.pixivajax.core.bench;

import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.TestUgoira;
import io.github.pixivajax.core.ugoira.UgoiraConverter;
import io.github.pixivajax.core.ugoira.UgoiraFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

/**
 * Not a test: GIF conversion of a 150-frame 600×600 ugoira — this library's pure-Java writer
 * (dithered and not) against ffmpeg's palettegen/paletteuse (one global palette, and a palette per
 * frame) where ffmpeg is installed. Prints CPU time and wall time (best of {@code rounds}) and file
 * size; CPU time is the fairer figure on a shared machine (the Java writer uses one thread, ffmpeg
 * several).
 *
 * <p>{@code java -cp <pixiv-core test classpath> io.github.pixivajax.core.bench.UgoiraGifBench [rounds]}
 */
public final class UgoiraGifBench {
  private UgoiraGifBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path dir = Files.createTempDirectory("ugoira-bench-");
    Path zip = dir.resolve("150.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 150, 600, 600);
    System.out.printf(Locale.ROOT, "150 frames 600x600, %d ms, zip %d KB; best of %d%n", meta.duration().toMillis(),
        Files.size(zip) / 1024, rounds);
    for (boolean dither : new boolean[] {true, false}) {
      UgoiraConverter c = UgoiraConverter.builder().dither(dither).build();
      Path out = dir.resolve("java-" + dither + ".gif");
      c.convert(zip, meta, UgoiraFormat.GIF, out); // warm-up
      long best = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      for (int i = 0; i < rounds; i++) {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        c.convert(zip, meta, UgoiraFormat.GIF, out);
        best = Math.min(best, System.nanoTime() - t0);
        bestCpu = Math.min(bestCpu, CPU.getCurrentThreadCpuTime() - c0);
      }
      report("pure Java" + (dither ? ", Floyd-Steinberg" : ", no dithering"), bestCpu, best, out);
    }
    if (args.length < 2 || !args[1].equals("--no-gifencoder")) {
      Path out = dir.resolve("gifencoder.gif");
      long c0 = CPU.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      squareGifencoder(zip, meta, out);
      report("com.squareup:gifencoder 0.10.1 (median cut, F-S), 1 round", CPU.getCurrentThreadCpuTime() - c0,
          System.nanoTime() - t0, out);
    }
    Path ffmpeg = UgoiraConverter.create().ffmpeg();
    if (ffmpeg == null) {
      System.out.println("ffmpeg not on PATH: skipped");
      return;
    }
    Path frames = Files.createDirectories(dir.resolve("frames"));
    StringBuilder list = new StringBuilder("ffconcat version 1.0\n");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (UgoiraMeta.Frame f : meta.frames()) {
        try (InputStream in = z.getInputStream(z.getEntry(f.file()))) {
          Files.copy(in, frames.resolve(f.file()));
        }
        list.append(String.format(Locale.ROOT, "file '%s'%noption framerate 1000%nduration %.3f%n", f.file(), f.delay() / 1000.0));
      }
    }
    list.append("file '").append(meta.frames().get(149).file()).append("'\noption framerate 1000\n");
    Files.writeString(frames.resolve("list.ffconcat"), list);
    String[][] variants = {
      {"ffmpeg palettegen + paletteuse (global palette, sierra2_4a)", "split[a][b];[a]palettegen[p];[b][p]paletteuse"},
      {"ffmpeg palettegen stats_mode=single + paletteuse new=1 (palette per frame)",
        "split[a][b];[a]palettegen=stats_mode=single[p];[b][p]paletteuse=new=1"},
    };
    for (String[] v : variants) {
      Path out = dir.resolve("ffmpeg.gif");
      List<String> cmd = new ArrayList<>(List.of(ffmpeg.toString(), "-benchmark", "-v", "error", "-y", "-f", "concat", "-safe", "0", "-i",
          frames.resolve("list.ffconcat").toString(), "-filter_complex", v[1], "-vsync", "vfr", "-loop", "0", out.toString()));
      run(cmd, dir);
      long best = Long.MAX_VALUE;
      long bestCpu = Long.MAX_VALUE;
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        bestCpu = Math.min(bestCpu, run(cmd, dir));
        best = Math.min(best, System.nanoTime() - t0);
      }
      report(v[0], bestCpu, best, out);
    }
  }

  /** The same conversion with Square's gifencoder, frame by frame. */
  private static void squareGifencoder(Path zip, UgoiraMeta meta, Path out) throws IOException {
    int[] cs = io.github.pixivajax.core.internal.UgoiraTiming.centiseconds(meta.frames().stream().map(UgoiraMeta.Frame::delay).toList());
    try (ZipFile z = new ZipFile(zip.toFile()); java.io.OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
      com.squareup.gifencoder.GifEncoder encoder = null;
      for (int i = 0; i < meta.frames().size(); i++) {
        java.awt.image.BufferedImage img;
        try (InputStream in = z.getInputStream(z.getEntry(meta.frames().get(i).file()))) {
          img = javax.imageio.ImageIO.read(in);
        }
        int w = img.getWidth();
        int h = img.getHeight();
        if (encoder == null) {
          encoder = new com.squareup.gifencoder.GifEncoder(os, w, h, 0);
        }
        int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
        encoder.addImage(rgb, w, new com.squareup.gifencoder.ImageOptions()
            .setColorQuantizer(com.squareup.gifencoder.MedianCutQuantizer.INSTANCE)
            .setDitherer(com.squareup.gifencoder.FloydSteinbergDitherer.INSTANCE)
            .setDelay(cs[i] * 10L, java.util.concurrent.TimeUnit.MILLISECONDS));
      }
      encoder.finishEncoding();
    }
  }

  /** Runs ffmpeg; returns its CPU time (user + system, from {@code -benchmark}) in nanoseconds. */
  private static long run(List<String> cmd, Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("ffmpeg.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("ffmpeg failed: " + cmd + "\n" + Files.readString(log));
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("utime=([0-9.]+)s stime=([0-9.]+)s").matcher(Files.readString(log));
    return m.find() ? (long) ((Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))) * 1e9) : -1;
  }

  private static void report(String what, long cpuNanos, long wallNanos, Path out) throws IOException {
    System.out.printf(Locale.ROOT, "%-70s cpu %6.2f s  wall %6.2f s  %8.1f KB%n", what, cpuNanos / 1e9, wallNanos / 1e9,
        Files.size(out) / 1024.0);
  }

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
}
