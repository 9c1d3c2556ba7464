package io.github.pixivajax.examples.cli;

import com.sun.net.httpserver.HttpServer;
import io.github.pixivajax.core.Downloads;
import io.github.pixivajax.core.PixivClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What saving files costs: the library's download path (temp file, SHA-256, fsync, atomic rename,
 * one image request at a time) against a plain OkHttp-to-file loop over the same loopback files, and
 * the heap while one large file is saved.
 */
@Command(name = "bench-download", mixinStandardHelpOptions = true, description = "Measure downloads against a plain OkHttp-to-file loop, and the heap while saving a large file.")
final class DownloadBenchCommand implements Callable<Integer> {
  @ParentCommand Cli root;

  @Option(names = "--files", defaultValue = "40", description = "Files per round (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--size-kb", defaultValue = "2048", description = "Size of each file in KiB (default: ${DEFAULT-VALUE}).")
  int sizeKb;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds per side (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds per side first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--big-mb", defaultValue = "200", description = "The large file's size in MiB, 0 = skip (default: ${DEFAULT-VALUE}).")
  int bigMb;

  @Override
  public Integer call() throws Exception {
    if (files < 1 || sizeKb < 1 || rounds < 1 || warmup < 0 || bigMb < 0) {
      throw new IllegalArgumentException("need --files >= 1, --size-kb >= 1, --rounds >= 1, --warmup >= 0, --big-mb >= 0");
    }
    PrintWriter out = root.spec.commandLine().getOut();
    byte[] pattern = new byte[64 * 1024];
    new Random(1).nextBytes(pattern);
    long small = sizeKb * 1024L;
    long big = bigMb * 1024L * 1024L;
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "bench-images");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", ex -> {
      long size = ex.getRequestURI().getPath().contains("/big") ? big : small;
      ex.getResponseHeaders().set("Content-Type", "image/jpeg");
      ex.sendResponseHeaders(200, size);
      try (OutputStream o = ex.getResponseBody()) {
        for (long left = size; left > 0; left -= pattern.length) {
          o.write(pattern, 0, (int) Math.min(pattern.length, left));
        }
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path dir = Files.createTempDirectory("pixiv-bench-download");
    try (PixivClient client = PixivClient.builder().rateLimit(0).imageBaseUrl(base).build()) {
      Downloads downloads = client.downloads(1);
      OkHttpClient raw = new OkHttpClient();
      try {
        Side lib = round -> {
          for (int i = 0; i < files; i++) {
            downloads.file("https://i.pximg.net/img-original/img/2024/01/01/00/00/00/" + i + "_p0.jpg", dir.resolve("lib/" + round + "/" + i + ".jpg"));
          }
        };
        Side floor = round -> {
          Path d = Files.createDirectories(dir.resolve("raw/" + round));
          for (int i = 0; i < files; i++) {
            Request req = new Request.Builder().url(base + "img-original/img/2024/01/01/00/00/00/" + i + "_p0.jpg")
                .header("Referer", "https://www.pixiv.net/").build();
            try (Response r = raw.newCall(req).execute(); InputStream in = r.body().byteStream()) {
              Files.copy(in, d.resolve(i + ".jpg"), StandardCopyOption.REPLACE_EXISTING);
            }
          }
        };
        // The same loop made as durable as Downloads: fsync before the file counts as saved.
        Side floorSynced = round -> {
          Path d = Files.createDirectories(dir.resolve("sync/" + round));
          for (int i = 0; i < files; i++) {
            Request req = new Request.Builder().url(base + "img-original/img/2024/01/01/00/00/00/" + i + "_p0.jpg")
                .header("Referer", "https://www.pixiv.net/").build();
            try (Response r = raw.newCall(req).execute(); InputStream in = r.body().byteStream();
                java.io.FileOutputStream o = new java.io.FileOutputStream(d.resolve(i + ".jpg").toFile())) {
              in.transferTo(o);
              o.getFD().sync();
            }
          }
        };
        double mb = files * (double) small / (1024 * 1024);
        out.printf(Locale.ROOT, "bench-download: %d files x %d KiB over loopback, %d warm-up + %d measured rounds per side%n", files, sizeKb, warmup, rounds);
        double libBest = best(lib, dir.resolve("lib"));
        double rawBest = best(floor, dir.resolve("raw"));
        double syncBest = best(floorSynced, dir.resolve("sync"));
        out.printf(Locale.ROOT, "  pixiv Downloads.file (parallel 1):  %8.1f MiB/s%n", mb / libBest);
        out.printf(Locale.ROOT, "  raw OkHttp to file loop:            %8.1f MiB/s%n", mb / rawBest);
        out.printf(Locale.ROOT, "  raw OkHttp to file loop + fsync:    %8.1f MiB/s%n", mb / syncBest);
        out.printf(Locale.ROOT, "  ratio (pixiv / raw):                %8.2f (target >= 0.9)%n", rawBest / libBest);
        out.printf(Locale.ROOT, "  ratio (pixiv / raw + fsync):        %8.2f%n", syncBest / libBest);
        out.flush();
        if (big > 0) {
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
          out.printf(Locale.ROOT, "  %d MiB file: %.1f s (%.1f MiB/s); peak heap used %.1f MiB of max %.0f MiB%n", bigMb, s, bigMb / s,
              peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
        }
      } finally {
        raw.dispatcher().executorService().shutdown();
        raw.connectionPool().evictAll();
      }
    } finally {
      server.stop(0);
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Cli.OK;
  }

  private interface Side {
    void run(int round) throws Exception;
  }

  /** The best time of the measured rounds, in seconds; each round writes a fresh folder, removed after. */
  private double best(Side side, Path dir) throws Exception {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < warmup + rounds; i++) {
      long t0 = System.nanoTime();
      side.run(i);
      double s = (System.nanoTime() - t0) / 1e9;
      if (i >= warmup) {
        best = Math.min(best, s);
      }
      try (Stream<Path> s2 = Files.walk(dir)) {
        s2.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return best;
  }
}
