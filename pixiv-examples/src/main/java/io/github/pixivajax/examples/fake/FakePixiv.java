package io.github.pixivajax.examples.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded fake pixiv on loopback: pixiv's web Ajax endpoints over deterministic synthetic data
 * (12 000 artworks, 600 users), with pixiv's envelope, paging, login and CSRF rules, and an optional
 * rate limit.
 *
 * <pre>{@code
 * try (FakePixiv fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build())) {
 *   String base = fake.baseUrl();                  // http://127.0.0.1:<port>/
 *   // GET base + "ajax/illust/1", with "Cookie: PHPSESSID=" + FakePixiv.DEMO_SESSION for login-only pages
 * }
 * }</pre>
 *
 * <p>Any {@code PHPSESSID=<userId>_<anything>} with a known user id logs in as that user; {@link
 * #DEMO_SESSION} is user 1, the demo account. POSTs also need {@code x-csrf-token}: the token that
 * {@code GET /} carries in {@code __NEXT_DATA__} for that session.
 */
public final class FakePixiv implements AutoCloseable {
  /** A session value that logs in as user 1, the demo account. */
  public static final String DEMO_SESSION = "1_pixivdemosession";

  private static final Logger LOG = LoggerFactory.getLogger(FakePixiv.class);
  private static final Pattern SESSION = Pattern.compile("(?:^|;)\\s*PHPSESSID=([^;]*)");
  private static final Pattern SESSION_USER = Pattern.compile("(\\d{1,9})_.+");
  private static final int THREADS = 8;
  private static final int MAX_BODY = 1 << 20;

  /**
   * How the fake behaves.
   *
   * @param port the loopback port; 0 picks a free one
   * @param seed the seed every synthetic attribute derives from
   * @param maxRequests requests allowed per {@code perSeconds} sliding window; 0 for no limit
   * @param perSeconds the rate-limit window in seconds
   * @param retryAfterSeconds the {@code Retry-After} sent with 429
   * @param newArtworkEvery how often a new artwork appears (for live tails); null for never
   * @param searchPageCap the last page search answers (pixiv's is 1000); a higher {@code p} answers it again
   */
  public record Options(
      int port, long seed, int maxRequests, int perSeconds, int retryAfterSeconds, @Nullable Duration newArtworkEvery,
      int searchPageCap) {
    public Options {
      if (searchPageCap < 1) {
        throw new IllegalArgumentException("searchPageCap must be >= 1 but was " + searchPageCap);
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (maxRequests < 0 || perSeconds < 1 || retryAfterSeconds < 0) {
        throw new IllegalArgumentException("need maxRequests >= 0, perSeconds >= 1, retryAfterSeconds >= 0");
      }
      if (newArtworkEvery != null && (newArtworkEvery.isNegative() || newArtworkEvery.isZero())) {
        throw new IllegalArgumentException("newArtworkEvery must be positive or null");
      }
    }

    /** The demo's settings: ephemeral port, seed 42, no rate limit, a new artwork every 5 seconds, search capped at page 1000. */
    public static Options defaults() {
      return new Options(0, 42, 0, 1, 1, Duration.ofSeconds(5), DEFAULT_SEARCH_PAGE_CAP);
    }

    /** pixiv's search page cap for ordinary accounts. */
    public static final int DEFAULT_SEARCH_PAGE_CAP = 1000;

    public static Builder builder() {
      return new Builder(defaults());
    }

    public Builder toBuilder() {
      return new Builder(this);
    }

    /** Builds {@link Options}, starting from {@link #defaults()}. */
    public static final class Builder {
      private int port;
      private long seed;
      private int maxRequests;
      private int perSeconds;
      private int retryAfterSeconds;
      private @Nullable Duration newArtworkEvery;
      private int searchPageCap;

      private Builder(Options o) {
        searchPageCap = o.searchPageCap;
        port = o.port;
        seed = o.seed;
        maxRequests = o.maxRequests;
        perSeconds = o.perSeconds;
        retryAfterSeconds = o.retryAfterSeconds;
        newArtworkEvery = o.newArtworkEvery;
      }

      public Builder port(int port) {
        this.port = port;
        return this;
      }

      public Builder seed(long seed) {
        this.seed = seed;
        return this;
      }

      public Builder maxRequests(int maxRequests) {
        this.maxRequests = maxRequests;
        return this;
      }

      public Builder perSeconds(int perSeconds) {
        this.perSeconds = perSeconds;
        return this;
      }

      /** At most {@code maxRequests} per {@code perSeconds}; beyond, 429. */
      public Builder rateLimit(int maxRequests, int perSeconds) {
        return maxRequests(maxRequests).perSeconds(perSeconds);
      }

      public Builder retryAfterSeconds(int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        return this;
      }

      public Builder newArtworkEvery(@Nullable Duration newArtworkEvery) {
        this.newArtworkEvery = newArtworkEvery;
        return this;
      }

      /** The last page search answers; pixiv's is 1000 (5000 with premium). */
      public Builder searchPageCap(int searchPageCap) {
        this.searchPageCap = searchPageCap;
        return this;
      }

      public Options build() {
        return new Options(port, seed, maxRequests, perSeconds, retryAfterSeconds, newArtworkEvery, searchPageCap);
      }
    }
  }

  private final Options options;
  private final FakeData data;
  private final Router router = new Router();
  private final HttpServer server;
  private final HttpServer images;
  private final ExecutorService executor;
  private final @Nullable ScheduledExecutorService ticker;
  private final SlidingWindow limiter;
  private final AtomicInteger requests = new AtomicInteger();
  private final java.util.Queue<RecordedRequest> recorded = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  // An executor counts as terminated a moment before its threads have exited: close() joins them.
  private final java.util.Queue<Thread> started = new java.util.concurrent.ConcurrentLinkedQueue<>();

  private FakePixiv(Options options) throws IOException {
    this.options = options;
    this.data = new FakeData(options.seed());
    this.limiter = new SlidingWindow(options.maxRequests(), Duration.ofSeconds(options.perSeconds()));
    Render render = new Render(data);
    Rankings rankings = new Rankings(data);
    new ArtworkRoutes(render).register(router);
    new UserRoutes(render).register(router);
    new FeedRoutes(render, rankings).register(router);
    new SearchRoutes(render, options.searchPageCap()).register(router);
    new RankingRoutes(render, rankings).register(router);
    new CommissionRoutes(render).register(router);
    new AccountRoutes(render).register(router);
    new WriteRoutes(data).register(router);
    new FollowRoutes(render).register(router);
    new NovelRoutes(data, options.searchPageCap()).register(router);
    UgoiraRoutes ugoira = new UgoiraRoutes(render);
    ugoira.register(router);

    // The JDK server leaves Nagle on: each small answer then waits for the client's delayed ACK
    // (~40 ms). pixiv does not; read once, before the first server (unless set on the command line).
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
    executor = Executors.newFixedThreadPool(THREADS, threads("fake-pixiv-http-"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    // The fake i.pximg.net: a second loopback port, so that it is another origin than the API's.
    FakeImages pximg = new FakeImages(render);
    images = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    images.setExecutor(executor);
    images.createContext("/", exchange -> {
      try {
        requests.incrementAndGet();
        pximg.handle(exchange);
      } catch (IOException | RuntimeException e) {
        LOG.debug("image request failed: {}", e.toString());
      } finally {
        exchange.close();
      }
    });
    images.createContext("/img-zip-ugoira/", exchange -> {
      requests.incrementAndGet();
      ugoira.serveZip(exchange);
    });
    images.start();
    Duration every = options.newArtworkEvery();
    if (every == null) {
      ticker = null;
    } else {
      ticker = Executors.newSingleThreadScheduledExecutor(threads("fake-pixiv-ticker-"));
      ticker.scheduleAtFixedRate(this::addNewArtwork, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }
    LOG.debug("fake pixiv listening on {}", baseUrl());
  }

  /** Starts a fake pixiv on 127.0.0.1. */
  public static FakePixiv start(Options options) {
    Objects.requireNonNull(options, "options == null");
    try {
      return new FakePixiv(options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake pixiv on port " + options.port(), e);
    }
  }

  /** {@code http://127.0.0.1:<port>/}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /**
   * {@code http://127.0.0.1:<port2>/}: the fake {@code i.pximg.net}. The fake's JSON names images on
   * {@code https://i.pximg.net/}, as pixiv does; point a client's {@code imageBaseUrl} here to fetch
   * them. It answers 403 without {@code Referer: https://www.pixiv.net/} and 400 to any cookie.
   */
  public String imageBaseUrl() {
    return "http://127.0.0.1:" + images.getAddress().getPort() + "/";
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public Options options() {
    return options;
  }

  /**
   * Every route the fake answers, in registration order: what a contract test compares with the
   * client's interfaces. {@code path} is slash-separated with {@code {name}} segments and no leading
   * slash, e.g. {@code ajax/user/{id}}.
   */
  public List<Endpoint> endpoints() {
    return router.endpoints();
  }

  /** One route of the fake: method, path pattern, and whether it needs a logged-in session. */
  public record Endpoint(String method, String path, boolean loginRequired) {}

  /** Requests received so far, including those refused (401, 404, 429…). */
  public int requestCount() {
    return requests.get();
  }

  /** Every request a route handled so far, oldest first (refusals before routing are not included). */
  public List<RecordedRequest> recordedRequests() {
    return List.copyOf(recorded);
  }

  /** How many artworks exist now (ids {@code 1…artworkCount()}). */
  public int artworkCount() {
    return data.count();
  }

  /** Posts a new artwork now, by a generated author; returns its id (the new highest id). */
  public int addNewArtwork() {
    return data.addArtwork(Instant.now().getEpochSecond());
  }

  /** The CSRF token {@code GET /} shows for this {@code PHPSESSID} value. */
  public String csrfToken(String phpSessId) {
    return data.hex(phpSessId.hashCode(), FakeData.S_EXTRA + 99);
  }

  /** Stops the server, its worker threads and the new-artwork ticker. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (ticker != null) {
      ticker.shutdownNow();
    }
    server.stop(0);
    images.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
      if (ticker != null) {
        ticker.awaitTermination(5, TimeUnit.SECONDS);
      }
      for (Thread t : started) {
        t.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs a fake pixiv until the JVM is stopped: {@code [port [seed]]}, defaulting to an ephemeral
   * port and seed 42, with a new artwork every 5 seconds.
   */
  public static void main(String[] args) throws InterruptedException {
    Options.Builder options = Options.builder();
    if (args.length > 0) {
      options.port(Integer.parseInt(args[0]));
    }
    if (args.length > 1) {
      options.seed(Long.parseLong(args[1]));
    }
    FakePixiv fake = start(options.build());
    Runtime.getRuntime().addShutdownHook(new Thread(fake::close, "fake-pixiv-shutdown"));
    System.out.println("fake pixiv at " + fake.baseUrl() + " (Cookie: PHPSESSID=" + DEMO_SESSION + ")");
    new CountDownLatch(1).await();
  }

  // ---- request handling ----

  private void handle(HttpExchange exchange) {
    try {
      requests.incrementAndGet();
      Reply reply;
      try {
        reply = dispatch(exchange);
      } catch (FakeError e) {
        reply = Reply.error(e.status, e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("fake pixiv failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        reply = Reply.error(500, "Internal Server Error");
      }
      if (reply.status == 429) {
        reply.header("Retry-After", String.valueOf(options.retryAfterSeconds()));
      }
      send(exchange, reply);
    } catch (IOException e) {
      LOG.debug("client went away: {}", e.toString());
    } finally {
      exchange.close();
    }
  }

  private Reply dispatch(HttpExchange exchange) throws IOException {
    if (!limiter.tryAcquire()) {
      return Reply.error(429, "Rate limit exceeded: too many requests. Please wait a while.");
    }
    String method = exchange.getRequestMethod();
    List<String> segments = Router.segments(exchange.getRequestURI().getRawPath());
    String session = session(exchange.getRequestHeaders());
    int viewer = viewer(session);
    if (viewer > 0) {
      exchange.getResponseHeaders().set("x-userid", String.valueOf(viewer));
    }
    if (segments.isEmpty()) {
      if (!method.equals("GET")) {
        throw new FakeError(405, "Method Not Allowed");
      }
      return Reply.html(TopPage.html(viewer, viewer > 0 ? data.userName(viewer) : "", csrfToken(session == null ? "" : session)));
    }
    Router.Match match = router.find(method, segments);
    if (match == null) {
      throw new FakeError(404, "Not Found");
    }
    Router.Access access = match.route().access();
    if (access != Router.Access.PUBLIC && viewer == 0) {
      throw new FakeError(401, "Unauthorized: please log in");
    }
    if (access == Router.Access.WRITE) {
      String token = exchange.getRequestHeaders().getFirst("x-csrf-token");
      if (session == null || !csrfToken(session).equals(token)) {
        throw FakeError.badRequest("Invalid token");
      }
    }
    byte[] body = readBody(exchange.getRequestBody());
    Call call = new Call(method, viewer, match.params(), exchange.getRequestURI().getRawQuery(), body);
    recorded.add(new RecordedRequest(method, exchange.getRequestURI().getPath(),
        Call.parseForm(exchange.getRequestURI().getRawQuery()), new String(body, java.nio.charset.StandardCharsets.UTF_8)));
    return match.route().handler().handle(call);
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      throw new FakeError(413, "Request body too large");
    }
    return body;
  }

  private static @Nullable String session(Headers headers) {
    List<String> cookies = headers.get("Cookie");
    if (cookies == null) {
      return null;
    }
    for (String cookie : cookies) {
      Matcher m = SESSION.matcher(cookie);
      if (m.find()) {
        return m.group(1).trim();
      }
    }
    return null;
  }

  /** The user a {@code PHPSESSID} logs in as, or 0. */
  private static int viewer(@Nullable String session) {
    if (session == null) {
      return 0;
    }
    Matcher m = SESSION_USER.matcher(session);
    if (!m.matches()) {
      return 0;
    }
    long u = Long.parseLong(m.group(1));
    return FakeData.userExists(u) ? (int) u : 0;
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    Headers h = exchange.getResponseHeaders();
    h.set("Content-Type", reply.contentType);
    h.set("Cache-Control", "no-store");
    reply.headers.forEach(h::set);
    exchange.sendResponseHeaders(reply.status, reply.body.length == 0 ? -1 : reply.body.length);
    if (reply.body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body);
      }
    }
  }

  private ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      started.add(t);
      return t;
    };
  }

  /** At most {@code max} acquisitions in any window of {@code window}; 0 disables the limit. */
  private static final class SlidingWindow {
    private final int max;
    private final long windowNanos;
    private final ArrayDeque<Long> times = new ArrayDeque<>();

    SlidingWindow(int max, Duration window) {
      this.max = max;
      this.windowNanos = window.toNanos();
    }

    synchronized boolean tryAcquire() {
      if (max == 0) {
        return true;
      }
      long now = System.nanoTime();
      while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
        times.pollFirst();
      }
      if (times.size() >= max) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  /** The fake's {@code GET /}: pixiv's {@code __NEXT_DATA__} with the CSRF token and the logged-in user. */
  private static final class TopPage {
    private TopPage() {}

    static String html(int viewer, String name, String token) {
      ObjectNode state = Json.obj();
      state.putObject("api").put("token", token);
      ObjectNode userData = state.putObject("userData");
      if (viewer > 0) {
        ObjectNode self = userData.putObject("self");
        self.put("id", String.valueOf(viewer));
        self.put("name", name);
        self.put("premium", true);
      } else {
        userData.putNull("self");
      }
      ObjectNode next = Json.obj();
      next.putObject("props").putObject("pageProps").put("serverSerializedPreloadedState", Json.string(state));
      next.put("page", "/");
      next.putObject("query");
      next.put("buildId", "fake-pixiv");
      String json = Json.string(next).replace("<", "\\u003c");
      return "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>pixiv (fake)</title>\n"
          + "<script id=\"__NEXT_DATA__\" type=\"application/json\">" + json + "</script>\n"
          + "</head><body><p>Fake pixiv for demos and tests: see /ajax/…</p></body></html>\n";
    }
  }
}
