package io.github.pixivajax.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.api.SearchQuery;
import io.github.pixivajax.core.model.ArtworkThumbnail;
import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.rx.Page;
import io.github.pixivajax.rx.RxConfig;
import io.github.pixivajax.rx.RxPixiv;
import io.reactivex.rxjava3.disposables.CompositeDisposable;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What the library costs, measured against a floor: the same pages fetched by a plain OkHttp loop
 * and {@code readTree}. Runs against the embedded fake pixiv unless {@code --base-url} is given.
 */
@Command(name = "bench", description = "Measure streaming through pixiv-rx against a plain OkHttp + readTree floor.")
final class BenchCommand implements Callable<Integer> {
  private static final String WORD = "原神";

  @ParentCommand Cli root;

  @Option(names = "--pages", defaultValue = "30", description = "Search pages per run (default: ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds per side (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds per side first, for the JIT (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--slow-consumer", description = "Also stream with a consumer that lags, to show the buffer stays bounded.")
  boolean slowConsumer;

  @Option(names = "--delay-ms", defaultValue = "5", description = "The slow consumer's delay per item (default: ${DEFAULT-VALUE}).")
  long delayMs;

  @Option(names = "--streams", defaultValue = "0", description = "Also run K concurrent streams under one limiter of --rate.")
  int streams;

  @Option(names = "--rate", defaultValue = "5", description = "Requests per second for --streams (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--seconds", defaultValue = "10", description = "How long --streams runs (default: ${DEFAULT-VALUE}).")
  int seconds;

  private @Nullable FakePixiv fake;
  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Integer call() throws Exception {
    if (pages < 1 || rounds < 1 || warmup < 0 || streams < 0 || rate <= 0 || seconds < 1 || delayMs < 0) {
      throw new IllegalArgumentException("need --pages >= 1, --rounds >= 1, --warmup >= 0, --streams >= 0, --rate > 0, --seconds >= 1, --delay-ms >= 0");
    }
    PrintWriter out = root.spec.commandLine().getOut();
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
    try {
      out.printf(Locale.ROOT, "pixiv bench: %d search pages of %s from %s, best of %d round(s) after %d warm-up; Java %s, %d cores, max heap %d MB%n",
          pages, WORD, root.baseUrl != null ? base : "the embedded fake pixiv", rounds, warmup, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
      Stats floor = null;
      Stats rx = null;
      for (int w = 0; w < warmup; w++) {
        floor(base, session);
        rx(base, session, 0);
      }
      for (int r = 0; r < rounds; r++) {
        floor = Stats.best(floor, floor(base, session));
        rx = Stats.best(rx, rx(base, session, 0));
      }
      out.println();
      out.printf(Locale.ROOT, "%-28s %6s %9s %8s %8s %8s %10s%n", "side (best round)", "pages", "pages/s", "MB/s", "p50 ms", "p99 ms", "peak heap");
      floor.print(out, "floor: OkHttp + readTree");
      rx.print(out, "pixiv-rx, limiter off");
      out.printf(Locale.ROOT, "ratio pixiv-rx / floor: %.2f× pages/s%n", rx.pagesPerSecond() / floor.pagesPerSecond());
      if (slowConsumer) {
        slow(out, base, session);
      }
      if (streams > 0) {
        concurrent(out, base, session);
      }
      out.flush();
      return Cli.OK;
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  /** The floor: a plain loop, no envelope, no types, no limiter, no Rx. */
  private Stats floor(String base, @Nullable String session) throws IOException {
    OkHttpClient http = new OkHttpClient();
    Stats s = new Stats();
    s.start();
    try {
      for (int p = 1; p <= pages; p++) {
        HttpUrl url = HttpUrl.get(base).newBuilder().addPathSegments("ajax/search/artworks").addPathSegment(WORD)
            .addQueryParameter("word", WORD).addQueryParameter("type", "all").addQueryParameter("p", Integer.toString(p)).build();
        Request.Builder req = new Request.Builder().url(url).header("Referer", "https://www.pixiv.net/");
        if (session != null) {
          req.header("Cookie", session.contains("=") ? session : "PHPSESSID=" + session);
        }
        long t0 = System.nanoTime();
        try (Response r = http.newCall(req.build()).execute()) {
          byte[] body = r.body().bytes();
          mapper.readTree(body);
          s.page(System.nanoTime() - t0, body.length);
        }
      }
    } finally {
      release(http);
    }
    return s.stop();
  }

  /** The library: typed pages through pixiv-rx, limiter off; {@code delayMs} > 0 makes the consumer lag. */
  private Stats rx(String base, @Nullable String session, long consumerDelayMs) {
    AtomicLong bytes = new AtomicLong();
    ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
    OkHttpClient http = counting(bytes, sent);
    Stats s = new Stats();
    try (PixivClient client = client(http, base, session, RequestLimiter.unlimited())) {
      RxPixiv rx = RxPixiv.create(client, RxConfig.defaults());
      s.start();
      long[] last = {System.nanoTime()};
      long[] consumed = {0};
      long[] maxAhead = {0};
      if (consumerDelayMs == 0) {
        rx.search().artworks(SearchQuery.of(WORD)).pages().take(pages).blockingSubscribe(page -> {
          long now = System.nanoTime();
          s.page(now - last[0], 0);
          last[0] = now;
        });
      } else {
        rx.search().artworks(SearchQuery.of(WORD)).items().take((long) pages * 60).blockingSubscribe(item -> {
          consumed[0]++;
          maxAhead[0] = Math.max(maxAhead[0], sent.size() - (consumed[0] + 59) / 60);
          s.sampleHeap();
          TimeUnit.MILLISECONDS.sleep(consumerDelayMs);
        }, e -> {}, () -> {}, 1);
        s.pagesAhead = maxAhead[0];
      }
      s.bytes = bytes.get();
      return s.stop();
    } finally {
      release(http);
    }
  }

  private void slow(PrintWriter out, String base, @Nullable String session) {
    int saved = pages;
    pages = Math.min(pages, 5);
    try {
      Stats s = rx(base, session, delayMs);
      out.printf(Locale.ROOT, "%nslow consumer (%d ms per item, %d pages): at most %d page(s) fetched ahead of the consumer;"
          + " heap used %s%n", delayMs, pages, s.pagesAhead, s.heapSamples());
    } finally {
      pages = saved;
    }
  }

  /** K streams share one limiter at {@code rate}: achieved rate and the busiest 1-second window. */
  private void concurrent(PrintWriter out, String base, @Nullable String session) throws InterruptedException {
    AtomicLong bytes = new AtomicLong();
    ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
    OkHttpClient http = counting(bytes, sent);
    CompositeDisposable all = new CompositeDisposable();
    try (PixivClient client = client(http, base, session, RequestLimiter.perSecond(rate))) {
      RxPixiv rx = RxPixiv.create(client, RxConfig.defaults());
      String[] words = {WORD, "女の子", "オリジナル", "風景", "猫", "fanart"};
      for (int k = 0; k < streams; k++) {
        all.add(rx.search().artworks(SearchQuery.of(words[k % words.length])).pages().repeat().subscribe(p -> {}, e -> {}));
      }
      TimeUnit.SECONDS.sleep(seconds);
    } finally {
      all.dispose();
      release(http);
    }
    List<Long> times = new ArrayList<>(sent);
    Collections.sort(times);
    // Guava lets the first permit through at once: measure from the second request on.
    double achieved = times.size() < 3 ? 0 : (times.size() - 2) / ((times.get(times.size() - 1) - times.get(1)) / 1e9);
    int busiest = 0;
    for (int i = 0, j = 0; i < times.size(); i++) {
      while (times.get(i) - times.get(j) >= 1_000_000_000L) {
        j++;
      }
      busiest = Math.max(busiest, i - j + 1);
    }
    out.printf(Locale.ROOT, "%n%d streams, one limiter at %.2f req/s, %d s: %d requests, achieved %.3f req/s (%+.1f %%),"
        + " busiest 1-second window %d requests%n", streams, rate, seconds, times.size(), achieved,
        (achieved / rate - 1) * 100, busiest);
    if (times.isEmpty()) {
      out.println("(no request was sent)");
    }
  }

  private static void release(OkHttpClient http) {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static OkHttpClient counting(AtomicLong bytes, ConcurrentLinkedQueue<Long> sent) {
    return new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void requestHeadersStart(Call call) {
        sent.add(System.nanoTime());
      }

      @Override
      public void responseBodyEnd(Call call, long byteCount) {
        bytes.addAndGet(byteCount);
      }
    }).build();
  }

  private static PixivClient client(OkHttpClient http, String base, @Nullable String session, RequestLimiter limiter) {
    PixivClient.Builder b = PixivClient.builder().okHttpClient(http).baseUrl(base).requestLimiter(limiter);
    if (session != null && !session.isBlank()) {
      b.session(session.contains("=") ? PixivSession.ofCookieHeader(session) : PixivSession.ofPhpSessId(session));
    }
    return b.build();
  }

  /** Timings of one side's run. */
  static final class Stats {
    final List<Long> latencies = new ArrayList<>();
    final List<Long> heap = new ArrayList<>();
    long bytes;
    long started;
    long elapsed;
    long peakHeap;
    long pagesAhead;

    void start() {
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
      started = System.nanoTime();
    }

    void page(long nanos, long size) {
      latencies.add(nanos);
      bytes += size;
    }

    void sampleHeap() {
      Runtime rt = Runtime.getRuntime();
      heap.add(rt.totalMemory() - rt.freeMemory());
    }

    Stats stop() {
      elapsed = System.nanoTime() - started;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peakHeap += pool.getPeakUsage().getUsed();
        }
      }
      return this;
    }

    double pagesPerSecond() {
      return latencies.size() / (elapsed / 1e9);
    }

    long percentile(double q) {
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }

    String heapSamples() {
      if (heap.isEmpty()) {
        return "n/a";
      }
      List<Long> sorted = new ArrayList<>(heap);
      Collections.sort(sorted);
      return String.format(Locale.ROOT, "min %d MB, median %d MB, max %d MB over %d samples", sorted.get(0) >> 20,
          sorted.get(sorted.size() / 2) >> 20, sorted.get(sorted.size() - 1) >> 20, sorted.size());
    }

    void print(PrintWriter out, String name) {
      out.printf(Locale.ROOT, "%-28s %6d %9.1f %8.1f %8.2f %8.2f %7d MB%n", name, latencies.size(), pagesPerSecond(),
          bytes / 1e6 / (elapsed / 1e9), percentile(0.5) / 1e6, percentile(0.99) / 1e6, peakHeap >> 20);
    }

    static Stats best(@Nullable Stats a, Stats b) {
      return a == null || b.pagesPerSecond() > a.pagesPerSecond() ? b : a;
    }
  }
}
