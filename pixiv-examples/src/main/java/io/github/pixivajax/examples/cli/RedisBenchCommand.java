package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.RedisRequestLimiter;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * K processes, one account, one Redis budget: each K spawns K JVMs of this CLI that fetch artworks
 * from the fake pixiv as fast as the shared {@code RedisRequestLimiter} lets them, and merges the
 * instants at which they sent requests.
 */
@Command(name = "bench-redis", description = "K processes share one account's budget through Redis: aggregate rate vs --rate,"
    + " busiest 1-second window, Redis round trip per permit. Starts a redis-server on loopback unless --redis is given.")
final class RedisBenchCommand implements Callable<Integer> {
  @ParentCommand Cli root;

  @Option(names = "--processes", split = ",", paramLabel = "K", defaultValue = "1,2,4", description = "Process counts to run, in turn (default: ${DEFAULT-VALUE}).")
  List<Integer> processes = new ArrayList<>();

  @Option(names = "--rate", paramLabel = "R", defaultValue = "5", description = "The account's rate, shared by all processes (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--seconds", defaultValue = "20", description = "How long each K runs (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--threads", defaultValue = "2", description = "Request threads per process (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--warmup", defaultValue = "200", description = "Requests per process before the run, off the budget, to warm up the JIT (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--worker", hidden = true)
  boolean worker;

  @Override
  public Integer call() throws Exception {
    if (rate <= 0 || seconds < 1 || threads < 1 || warmup < 0 || processes.isEmpty() || processes.stream().anyMatch(k -> k < 1 || k > 64)) {
      throw new IllegalArgumentException("need --rate > 0, --seconds >= 1, --threads >= 1, --warmup >= 0, --processes of 1..64");
    }
    return worker ? work() : lead();
  }

  private int lead() throws Exception {
    PrintWriter out = root.spec.commandLine().getOut();
    String redis = root.redisUri();
    Process ownRedis = null;
    Path redisDir = null;
    FakePixiv fake = null;
    try {
      if (redis == null) {
        redisDir = Files.createTempDirectory("pixiv-bench-redis");
        int port = freePort();
        try {
          ownRedis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir",
              redisDir.toString(), "--save", "", "--appendonly", "no").redirectErrorStream(true)
              .redirectOutput(redisDir.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
          throw new IllegalArgumentException("give --redis redis://host:port (or PIXIV_REDIS), or put redis-server on the PATH", e);
        }
        awaitPort(port);
        redis = "redis://127.0.0.1:" + port + "/0";
      }
      String base;
      String session;
      if (root.baseUrl != null) {
        base = root.baseUrl;
        session = root.session != null ? root.session : root.env;
      } else {
        fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
        base = fake.baseUrl();
        session = FakePixiv.DEMO_SESSION;
      }
      out.printf(Locale.ROOT, "pixiv bench-redis: one account at %.2f req/s shared through Redis (%s), %d s per run,"
          + " %d request thread(s) per process, against %s; Java %s, %d cores%n", rate, redactedUri(redis), seconds, threads,
          root.baseUrl != null ? base : "the embedded fake pixiv", System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      out.printf(Locale.ROOT, "%n%3s %9s %12s %8s %12s %12s %-22s %s%n", "K", "requests", "achieved/s", "vs R", "busiest 1 s",
          "min gap ms", "per process", "Redis round trip per permit (p50 / p99)");
      out.flush();
      for (int k : processes) {
        run(out, k, redis, base, session);
      }
      out.printf(Locale.ROOT, "%nRedis grants slots at least %.1f ms apart on its own clock; 'busiest 1 s' and 'min gap' are"
          + " measured where the workers send,%nso they add each JVM's scheduling jitter. Round trip: acquire() that never"
          + " waits (one EVALSHA), after 100 warm-up calls.%n", Math.floor((1e6 / rate * 1.003 + 500)) / 1000);
      return Cli.OK;
    } finally {
      if (fake != null) {
        fake.close();
      }
      if (ownRedis != null) {
        ownRedis.destroy();
        ownRedis.waitFor(10, TimeUnit.SECONDS);
      }
      if (redisDir != null) {
        Files.deleteIfExists(redisDir.resolve("redis.log"));
        Files.deleteIfExists(redisDir);
      }
    }
  }

  private void run(PrintWriter out, int k, String redis, String base, @Nullable String session) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> jvms = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
          "io.github.pixivajax.examples.PixivCli", "--base-url", base, "--redis", redis, "bench-redis", "--worker",
          "--seconds", Integer.toString(seconds), "--threads", Integer.toString(threads), "--warmup", Integer.toString(warmup),
          "--rate", Double.toString(rate)));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
      // The session goes through the environment, not the command line that ps shows.
      if (session != null) {
        pb.environment().put("PIXIV_SESSION", session);
      }
      jvms.add(pb.start());
    }
    List<Long> sent = new ArrayList<>();
    List<Integer> perProcess = new ArrayList<>();
    List<Long> p50 = new ArrayList<>();
    List<Long> p99 = new ArrayList<>();
    // Every worker has started, warmed up and calibrated before any of them sends: they start together.
    List<BufferedReader> readers = new ArrayList<>();
    for (Process p : jvms) {
      BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
      readers.add(r);
      for (String line; (line = r.readLine()) != null && !line.equals("ready"); ) {
        parse(line, sent, p50, p99);
      }
    }
    long startAt = System.currentTimeMillis() + 300;
    for (Process p : jvms) {
      p.getOutputStream().write(("go " + startAt + "\n").getBytes(StandardCharsets.US_ASCII));
      p.getOutputStream().close();
    }
    for (int i = 0; i < jvms.size(); i++) {
      Process p = jvms.get(i);
      int n = 0;
      try (BufferedReader r = readers.get(i)) {
        for (String line; (line = r.readLine()) != null; ) {
          n += parse(line, sent, p50, p99);
        }
      }
      if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("a worker process failed (exit " + (p.isAlive() ? "none" : p.exitValue()) + ")");
      }
      perProcess.add(n);
    }
    Collections.sort(sent);
    if (System.getenv("PIXIV_BENCH_DUMP") != null) {
      Files.writeString(Path.of(System.getenv("PIXIV_BENCH_DUMP") + "-" + k), sent.toString());
    }
    double achieved = sent.size() < 2 ? 0 : (sent.size() - 1) / ((sent.get(sent.size() - 1) - sent.get(0)) / 1e6);
    long minGap = Long.MAX_VALUE;
    for (int i = 1; i < sent.size(); i++) {
      minGap = Math.min(minGap, sent.get(i) - sent.get(i - 1));
    }
    int busiest = 0;
    for (int i = 0, j = 0; i < sent.size(); i++) {
      while (sent.get(i) - sent.get(j) >= 1_000_000) {
        j++;
      }
      busiest = Math.max(busiest, i - j + 1);
    }
    Collections.sort(p50);
    Collections.sort(p99);
    out.printf(Locale.ROOT, "%3d %9d %12.3f %+7.2f%% %12d %12.1f %-22s %d / %d µs%n", k, sent.size(), achieved,
        (achieved / rate - 1) * 100, busiest, minGap == Long.MAX_VALUE ? 0 : minGap / 1000.0, perProcess, p50.isEmpty() ? 0 : p50.get(p50.size() / 2), p99.isEmpty() ? 0 : p99.get(p99.size() - 1));
    out.flush();
  }

  private static int parse(String line, List<Long> sent, List<Long> p50, List<Long> p99) {
    String[] f = line.split(" ");
    if (f[0].equals("sent")) {
      sent.add(Long.parseLong(f[1]));
      return 1;
    }
    if (f[0].equals("rtt")) {
      p50.add(Long.parseLong(f[1]));
      p99.add(Long.parseLong(f[2]));
    }
    return 0;
  }

  /** One process of the run: calibrate the Redis round trip, then fetch until the end, printing send instants. */
  private int work() throws Exception {
    String redis = root.redisUri();
    if (redis == null || root.baseUrl == null) {
      throw new IllegalArgumentException("a worker needs --redis and --base-url");
    }
    String s = root.env;
    PixivSession session = s == null ? PixivSession.anonymous()
        : s.contains("=") ? PixivSession.ofCookieHeader(s) : PixivSession.ofPhpSessId(s);
    PrintWriter out = root.spec.commandLine().getOut();
    // Per-permit overhead: acquire() on an unpaced budget of its own never waits, so it costs one script round trip.
    try (RedisRequestLimiter calibration = RedisRequestLimiter.builder(redis).accountId("bench-calibration-" + ProcessHandle.current().pid())
        .permitsPerSecond(0).idleExpiry(java.time.Duration.ofSeconds(5)).build()) {
      List<Long> rtt = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        long t0 = System.nanoTime();
        calibration.acquire();
        if (i >= 100) {
          rtt.add((System.nanoTime() - t0) / 1000);
        }
      }
      Collections.sort(rtt);
      out.printf(Locale.ROOT, "rtt %d %d%n", rtt.get(rtt.size() / 2), rtt.get((int) (rtt.size() * 0.99)));
    }
    long epochMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    long nano0 = System.nanoTime();
    ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
    OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void requestHeadersStart(Call call) {
        sent.add(epochMicros + (System.nanoTime() - nano0) / 1000);
      }
    }).build();
    try (RedisRequestLimiter limiter = RedisRequestLimiter.builder(redis).account(session).permitsPerSecond(rate).build();
        PixivClient client = PixivClient.builder().okHttpClient(http).baseUrl(root.baseUrl).session(session)
            .requestLimiter(limiter).build()) {
      // Warm up OkHttp's connections, Retrofit and Jackson off the budget (same OkHttpClient, unlimited
      // limiter), so that cold code does not delay the first sends of the run.
      try (PixivClient warm = PixivClient.builder().okHttpClient(http).baseUrl(root.baseUrl).session(session)
          .requestLimiter(RequestLimiter.unlimited()).build()) {
        for (long id = 1; id <= warmup; id++) {
          warm.artworks().illust(id).blockingGet();
        }
      }
      sent.clear();
      out.println("ready");
      out.flush();
      String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
      if (go == null || !go.startsWith("go ")) {
        throw new IllegalStateException("expected 'go <epoch-ms>' on stdin");
      }
      long startAtMillis = Long.parseLong(go.substring(3).trim());
      long wait = startAtMillis - System.currentTimeMillis();
      if (wait > 0) {
        TimeUnit.MILLISECONDS.sleep(wait);
      }
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      List<Thread> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Thread th = new Thread(() -> {
          for (long id = 1 + offset * 1000L; System.nanoTime() < end; id = id % 12_000 + 1) {
            client.artworks().illust(id).blockingGet();
          }
        }, "bench-redis-" + t);
        th.start();
        running.add(th);
      }
      for (Thread th : running) {
        th.join();
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    StringBuilder b = new StringBuilder();
    for (long t : sent) {
      b.append("sent ").append(t).append('\n');
    }
    out.print(b);
    out.flush();
    return Cli.OK;
  }

  private static String redactedUri(String uri) {
    return uri.replaceAll("//[^@/]*@", "//<credentials>@");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void awaitPort(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
    }
    throw new IllegalStateException("redis-server did not start on port " + port + " (is it installed? apt-get install redis-server)");
  }
}
