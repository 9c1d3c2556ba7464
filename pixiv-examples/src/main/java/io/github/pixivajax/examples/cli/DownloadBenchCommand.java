package io.github.pixivajax.examples.cli;

import com.sun.net.httpserver.HttpServer;
import io.github.pixivajax.core.Downloads;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What saving files costs: {@code pixiv download user ID --parallel 1} (the command itself, in-process,
 * against the embedded fake pixiv) against a plain OkHttp-to-file loop over the same files, and the
 * heap while one large file is saved.
 *
 * <p>The fake's own images are a few KiB, which would measure requests rather than transfers, so the
 * images are served by a loopback host of this command at exactly the paths the fake's JSON names,
 * with bodies of {@code --size-kb} (pixiv originals are typically 1–5 MiB). The first pixiv round
 * records which paths it fetched; the raw loop fetches those.
 */
@Command(name = "bench-download", mixinStandardHelpOptions = true,
    description = "Measure `pixiv download --parallel 1` against a plain OkHttp-to-file loop over the same files, and the heap while saving a large file.")
final class DownloadBenchCommand implements Callable<Integer> {
  @ParentCommand Cli root;

  @Option(names = "--user", defaultValue = "2", description = "The fake's user whose works are downloaded (default: ${DEFAULT-VALUE}).")
  long user;

  @Option(names = "--works", defaultValue = "20", description = "Works per round (--limit) (default: ${DEFAULT-VALUE}).")
  int works;

  @Option(names = "--size-kb", defaultValue = "2048", description = "Size of each image in KiB (default: ${DEFAULT-VALUE}).")
  int sizeKb;

  @Option(names = "--rounds", defaultValue = "15", description = "Measured rounds per side; the median counts (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured rounds per side first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--big-mb", defaultValue = "200", description = "The large file's size in MiB, 0 = skip (default: ${DEFAULT-VALUE}).")
  int bigMb;

  private record Side(String name, Run run) {}

  private interface Run {
    void run(Path dir) throws Exception;
  }

  @Override
  public Integer call() throws Exception {
    if (user < 1 || works < 1 || sizeKb < 1 || rounds < 1 || warmup < 0 || bigMb < 0) {
      throw new IllegalArgumentException("need --user >= 1, --works >= 1, --size-kb >= 1, --rounds >= 1, --warmup >= 0, --big-mb >= 0");
    }
    PrintWriter out = root.spec.commandLine().getOut();
    // The JDK's HttpServer (the fake, and the image host here) writes headers and body separately
    // with Nagle on: over loopback each small answer then waits for the client's delayed ACK (~40 ms),
    // which would measure that artifact rather than pixiv's client. Real servers set TCP_NODELAY.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    byte[] pattern = new byte[64 * 1024];
    new Random(1).nextBytes(pattern);
    long small = sizeKb * 1024L;
    long big = bigMb * 1024L * 1024L;
    List<String> fetched = new CopyOnWriteArrayList<>();
    AtomicBoolean recording = new AtomicBoolean();
    HttpServer images = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    images.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "bench-images");
      t.setDaemon(true);
      return t;
    }));
    images.createContext("/", ex -> {
      String path = ex.getRequestURI().getRawPath();
      String referer = ex.getRequestHeaders().getFirst("Referer");
      if (referer == null || !referer.startsWith("https://www.pixiv.net/") || ex.getRequestHeaders().containsKey("Cookie")) {
        ex.sendResponseHeaders(403, -1);
        ex.close();
        return;
      }
      long size = path.contains("/big") ? big : small;
      ex.getResponseHeaders().set("Content-Type", "image/jpeg");
      if (ex.getRequestMethod().equals("HEAD")) {
        ex.getResponseHeaders().set("Content-Length", String.valueOf(size));
        ex.sendResponseHeaders(200, -1);
        ex.close();
        return;
      }
      if (recording.get()) {
        fetched.add(path);
      }
      ex.sendResponseHeaders(200, size);
      try (OutputStream o = ex.getResponseBody()) {
        for (long left = size; left > 0; left -= pattern.length) {
          o.write(pattern, 0, (int) Math.min(pattern.length, left));
        }
      }
    });
    images.start();
    String imageBase = "http://127.0.0.1:" + images.getAddress().getPort() + "/";
    Path dir = Files.createTempDirectory("pixiv-bench-download");
    OkHttpClient raw = new OkHttpClient();
    try (FakePixiv fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build())) {
      Writer sink = Writer.nullWriter();
      Run pixivDefaults = d -> pixiv(fake, imageBase, d, sink);
      List<Side> sides = List.of(
          new Side("pixiv download (archive + SHA-256, fsync)", pixivDefaults),
          new Side("pixiv download --no-fsync (archive + SHA-256)", d -> pixiv(fake, imageBase, d, sink, "--no-fsync")),
          new Side("pixiv download --no-archive (fsync)", d -> pixiv(fake, imageBase, d, sink, "--no-archive")),
          new Side("pixiv download --no-archive --no-fsync", d -> pixiv(fake, imageBase, d, sink, "--no-archive", "--no-fsync")),
          new Side("raw OkHttp -> Files.copy loop", d -> rawLoop(raw, imageBase, fetched, d, false)),
          new Side("raw loop + fsync per file", d -> rawLoop(raw, imageBase, fetched, d, true)));

      // Which files: the paths one run of the command fetches.
      recording.set(true);
      pixivDefaults.run(dir.resolve("record"));
      recording.set(false);
      delete(dir.resolve("record"));
      if (fetched.isEmpty()) {
        throw new IllegalStateException("user " + user + " has no works on the fake pixiv");
      }
      double mib = fetched.size() * (double) small / (1024 * 1024);
      out.printf(Locale.ROOT, "bench-download: user %d, %d works = %d files x %d KiB (%.0f MiB) over loopback; %d warm-up + %d measured rounds,"
          + " sides interleaved; median%n", user, works, fetched.size(), sizeKb, mib, warmup, rounds);
      out.printf(Locale.ROOT, "  load average before: %s%n", load());
      out.flush();
      double[][] times = new double[sides.size()][rounds];
      for (int round = 0; round < warmup + rounds; round++) {
        for (int s = 0; s < sides.size(); s++) {
          Path d = dir.resolve("s" + s + "r" + round);
          long t0 = System.nanoTime();
          sides.get(s).run().run(d);
          double secs = (System.nanoTime() - t0) / 1e9;
          if (round >= warmup) {
            times[s][round - warmup] = secs;
          }
          delete(d);
        }
      }
      double[] median = new double[sides.size()];
      for (int s = 0; s < sides.size(); s++) {
        double[] t = times[s].clone();
        Arrays.sort(t);
        median[s] = t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
        out.printf(Locale.ROOT, "  %-48s %8.1f MiB/s  (median %.3f s, min %.3f, max %.3f)%n", sides.get(s).name(), mib / median[s], median[s], t[0],
            t[t.length - 1]);
      }
      out.printf(Locale.ROOT, "  ratio, defaults / raw + fsync (same durability):   %5.2f%n", median[5] / median[0]);
      out.printf(Locale.ROOT, "  ratio, --no-fsync / raw:                           %5.2f%n", median[4] / median[1]);
      out.printf(Locale.ROOT, "  ratio, --no-archive / raw + fsync:                 %5.2f%n", median[5] / median[2]);
      out.printf(Locale.ROOT, "  ratio, --no-archive --no-fsync / raw:              %5.2f (target >= 0.9)%n", median[4] / median[3]);
      out.printf(Locale.ROOT, "  load average after: %s%n", load());
      out.flush();
      if (big > 0) {
        bigFile(out, imageBase, dir);
      }
    } finally {
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
      images.stop(0);
      delete(dir);
    }
    return Cli.OK;
  }

  /** {@code pixiv download user ID --parallel 1 --limit WORKS …} in-process, as a user would run it. */
  private void pixiv(FakePixiv fake, String imageBase, Path dir, Writer sink, String... extra) {
    List<String> args = new ArrayList<>(List.of("--base-url", fake.baseUrl(), "--image-base-url", imageBase, "--session", FakePixiv.DEMO_SESSION,
        "--rate", "0", "--format", "jsonl", "download", "user", Long.toString(user), "--dir", dir.toString(), "--parallel", "1",
        "--limit", Integer.toString(works)));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    int code = Cli.run(args.toArray(String[]::new), new PrintWriter(sink), new PrintWriter(err, true));
    if (code != Cli.OK) {
      throw new IllegalStateException("pixiv download exited " + code + ": " + err);
    }
  }

  /** What a user would write without the library: GET with the Referer, copy the body to a file. */
  private static void rawLoop(OkHttpClient raw, String base, List<String> paths, Path dir, boolean fsync) throws Exception {
    Files.createDirectories(dir);
    int i = 0;
    for (String path : paths) {
      Request req = new Request.Builder().url(base + path.substring(1)).header("Referer", "https://www.pixiv.net/").build();
      Path file = dir.resolve(i++ + ".jpg");
      try (Response r = raw.newCall(req).execute(); InputStream in = r.body().byteStream()) {
        if (!fsync) {
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
          continue;
        }
        try (FileOutputStream o = new FileOutputStream(file.toFile())) {
          in.transferTo(o);
          o.getFD().sync();
        }
      }
    }
  }

  private void bigFile(PrintWriter out, String imageBase, Path dir) {
    try (PixivClient client = PixivClient.builder().rateLimit(0).imageBaseUrl(imageBase).build()) {
      Downloads downloads = client.downloads(1);
      System.gc();
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          p.resetPeakUsage();
        }
      }
      long t0 = System.nanoTime();
      downloads.file("https://i.pximg.net/img-original/img/2024/01/01/00/00/00/big_p0.jpg", dir.resolve("big.jpg"));
      double s = (System.nanoTime() - t0) / 1e9;
      long peak = 0;
      for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
        if (p.getType() == MemoryType.HEAP) {
          peak += p.getPeakUsage().getUsed();
        }
      }
      out.printf(Locale.ROOT, "  %d MiB file (Downloads.file: SHA-256, fsync): %.1f s (%.1f MiB/s); peak heap used %.1f MiB of max %.0f MiB%n", bigMb, s,
          bigMb / s, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
      out.flush();
    }
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void delete(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
