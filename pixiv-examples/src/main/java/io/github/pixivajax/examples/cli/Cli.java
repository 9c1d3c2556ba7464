package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.HttpLogging;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivNetworkException;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.core.RedisRequestLimiter;
import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.rx.RxConfig;
import io.github.pixivajax.rx.Paged;
import io.github.pixivajax.rx.RxPixiv;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.exceptions.CompositeException;
import io.reactivex.rxjava3.subscribers.DisposableSubscriber;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code pixiv} command: global options, the shared client, streaming and exit codes. */
@Command(
    name = "pixiv",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Version.class,
    sortOptions = false,
    description = "Stream pixiv's feeds from the command line (Kotlin-free Java client for pixiv's Ajax API).")
public final class Cli implements AutoCloseable {
  /**
   * The commands, registered lazily: picocli builds (and instantiates) every registered command
   * before parsing, which was half of a short run's start-up. A run registers only the commands
   * its arguments name, or all of them when they name none (help, usage errors).
   */
  static final List<Class<?>> COMMANDS = List.of(
      IllustCommand.class,
      UserCommand.class,
      SearchCommand.class,
      TagCommand.class,
      RankingCommand.class,
      FeedCommand.class,
      RequestsCommand.class,
      MeCommand.class,
      BookmarkCommand.class,
      LikeCommand.class,
      SeriesCommand.class,
      UgoiraCommand.class,
      DownloadCommand.class,
      NovelCommand.class,
      DemoServerCommand.class,
      BenchCommand.class,
      DownloadBenchCommand.class,
      RedisBenchCommand.class,
      CommandLine.HelpCommand.class);

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int AUTH = 3;
  public static final int NOT_FOUND = 4;
  public static final int RATE_LIMITED = 5;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL", description = "pixiv (or a proxy) to talk to; default https://www.pixiv.net/")
  @Nullable String baseUrl;

  @Option(names = "--image-base-url", paramLabel = "URL", description = "A mirror for i.pximg.net/s.pximg.net images (e.g. https://i.pixiv.re); --demo sets its own.")
  @Nullable String imageBaseUrl;

  @Option(names = "--demo", description = "Start the embedded fake pixiv on a loopback port and use it (no account, no network).")
  boolean demo;

  @Option(names = "--session", paramLabel = "VALUE", description = "PHPSESSID or a whole Cookie header; default: env PIXIV_SESSION.")
  @Nullable String session;

  @Option(names = "--rate", paramLabel = "R", description = "Requests per second, 0 = unlimited (default: ${DEFAULT-VALUE}).")
  double rate = 1;

  @Option(names = "--redis", paramLabel = "URI", description = "Share --rate and 429 pauses with every process of the account through Redis,"
      + " e.g. redis://localhost:6379/0; default: env PIXIV_REDIS.")
  @Nullable String redis;

  @Option(names = "--format", paramLabel = "F", description = "jsonl, json or table (default: jsonl when piped, table on a terminal).")
  Output.@Nullable Format format;

  @Option(names = "--verbose", description = "Log HTTP (redacted) and show stack traces.")
  boolean verbose;

  @Option(names = "--state", paramLabel = "FILE", description = "Paginated streams: save where they are to FILE as they go, and continue from it.")
  java.nio.file.@Nullable Path state;

  @Option(names = "--poll", paramLabel = "SECONDS", description = "How often --follow tails poll (default: ${DEFAULT-VALUE}).")
  double pollSeconds = 10;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Limit on each request to pixiv, 0 = none (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = PixivClient.DEFAULT_CALL_TIMEOUT.toSeconds();

  @Option(names = "--max-pause", paramLabel = "SECONDS", description = "Longest Retry-After waited out; longer asks fail with exit 5 (default: ${DEFAULT-VALUE}).")
  long maxPauseSeconds = PixivClient.DEFAULT_MAX_RATE_LIMIT_PAUSE.toSeconds();

  @Option(names = "--max-body-size", paramLabel = "MB", description = "Largest response read from pixiv, in MiB (default: ${DEFAULT-VALUE}).")
  long maxBodyMb = PixivClient.DEFAULT_MAX_RESPONSE_SIZE / (1024 * 1024);

  private @Nullable FakePixiv fake;
  private @Nullable OkHttpClient cleartextHttp;
  private boolean imagesNeeded;
  private @Nullable PixivClient client;
  private @Nullable RxPixiv rx;
  private final AtomicReference<@Nullable Disposable> current = new AtomicReference<>();
  @Nullable String env = System.getenv("PIXIV_SESSION");
  @Nullable String redisEnv = System.getenv("PIXIV_REDIS");
  private @Nullable RedisRequestLimiter sharedLimiter;

  /** {@code --redis}, else {@code $PIXIV_REDIS}; null when neither is set. */
  @Nullable String redisUri() {
    String r = redis != null ? redis : redisEnv;
    return r == null || r.isBlank() ? null : r.trim();
  }

  /**
   * {@link #client()} for a command that fetches images (downloads, ugoira, EPUB pictures): the
   * image host then decides with pixiv's host whether TLS is set up. Call it before {@code client()}.
   */
  synchronized PixivClient clientWithImages() {
    imagesNeeded = true;
    return client();
  }

  /** The client for this run: the fake pixiv with the demo session under {@code --demo}. */
  synchronized PixivClient client() {
    if (client == null) {
      if (timeoutSeconds < 0 || timeoutSeconds > Integer.MAX_VALUE / 1000) {
        throw new IllegalArgumentException("--timeout must be in [0, " + Integer.MAX_VALUE / 1000 + "] but was " + timeoutSeconds);
      }
      if (maxPauseSeconds < 0 || maxPauseSeconds > 365L * 86_400) {
        throw new IllegalArgumentException("--max-pause must be in [0, 31536000] but was " + maxPauseSeconds);
      }
      if (maxBodyMb < 1 || maxBodyMb > 1L << 30) {
        throw new IllegalArgumentException("--max-body-size must be in [1, 1073741824] but was " + maxBodyMb);
      }
      PixivClient.Builder b = PixivClient.builder().rateLimit(rate)
          .callTimeout(Duration.ofSeconds(timeoutSeconds))
          .maxRateLimitPause(Duration.ofSeconds(maxPauseSeconds))
          .maxResponseSize(maxBodyMb * 1024 * 1024);
      PixivSession account = PixivSession.anonymous();
      if (demo) {
        if (baseUrl != null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--demo and --base-url exclude each other");
        }
        fake = FakePixiv.start(FakePixiv.Options.defaults());
        account = PixivSession.ofPhpSessId(FakePixiv.DEMO_SESSION);
        b.baseUrl(fake.baseUrl()).session(account);
        b.imageBaseUrl(imageBaseUrl != null ? imageBaseUrl : fake.imageBaseUrl());
      } else {
        if (baseUrl != null) {
          b.baseUrl(baseUrl);
        }
        if (imageBaseUrl != null) {
          b.imageBaseUrl(imageBaseUrl);
        }
        String s = session != null ? session : env;
        if (s != null && !s.isBlank()) {
          account = PixivSession.parse(s);
          b.session(account);
        }
      }
      String r = redisUri();
      if (r != null) {
        sharedLimiter = RedisRequestLimiter.builder(r).account(account).permitsPerSecond(rate).build();
        b.requestLimiter(sharedLimiter);
      }
      if (verbose) {
        b.httpLogging(HttpLogging.BASIC);
      }
      FakePixiv started = fake;
      String pages = started != null ? started.baseUrl() : baseUrl;
      String images = imageBaseUrl != null ? imageBaseUrl : started != null ? started.imageBaseUrl() : null;
      if (cleartextOnly(pages, images, imagesNeeded)) {
        // Every URL this run fetches is plain http (the fake pixiv, a local proxy): no TLS, so the
        // trust store — about 0.2 s of CPU, half a short run — is never loaded.
        cleartextHttp = plainHttpOnly();
        b.okHttpClient(cleartextHttp);
      }
      client = b.build();
    }
    return client;
  }

  /** An OkHttp client for plain http only, so that the trust store is never loaded. */
  private static OkHttpClient plainHttpOnly() {
    return new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
  }

  /** Whether a run can do without TLS: pixiv's host is plain http, and so is the image host if it fetches images. */
  static boolean cleartextOnly(@Nullable String pages, @Nullable String images, boolean imagesNeeded) {
    return isPlainHttp(pages) && (!imagesNeeded || isPlainHttp(images));
  }

  private static boolean isPlainHttp(@Nullable String url) {
    return url != null && url.regionMatches(true, 0, "http://", 0, 7);
  }

  synchronized RxPixiv rx() {
    if (rx == null) {
      if (!(pollSeconds >= 0) || Double.isInfinite(pollSeconds)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--poll must be >= 0 but was " + pollSeconds);
      }
      rx = RxPixiv.create(client(), RxConfig.builder().pollInterval(Duration.ofMillis((long) (pollSeconds * 1000))).build());
    }
    return rx;
  }

  /** The fake started by {@code --demo}, if any (tests add artworks to it). */
  @Nullable FakePixiv fake() {
    return fake;
  }

  private final AtomicReference<@Nullable Output> streaming = new AtomicReference<>();

  Output output() {
    Output.Format f = format;
    if (f == null) {
      f = System.console() != null ? Output.Format.table : Output.Format.jsonl;
    }
    return new Output(spec.commandLine().getOut(), f);
  }

  /** Prints one call's result. */
  int single(Single<?> call) {
    Object value = await(call.toFlowable(), null);
    output().single(value);
    return OK;
  }

  /** Streams items, at most {@code limit} (0 = all), one demand at a time. */
  int stream(Flowable<?> items, long limit) {
    if (state != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--state does not apply to this stream");
    }
    Output out = output();
    streaming.set(out);
    Flowable<?> bounded = limit > 0 ? items.take(limit) : items;
    try {
      await(bounded, out::item);
    } finally {
      // A JSON array is closed even when the stream failed or was stopped: the output stays valid.
      out.end();
      streaming.set(null);
    }
    return OK;
  }

  /**
   * A live tail of works; with {@code --state} it skips works not newer than the newest one a previous
   * run wrote, and records the newest id after each work written.
   */
  int tail(String name, Flowable<io.github.pixivajax.core.model.ArtworkThumbnail> works) {
    java.nio.file.Path file = state;
    if (file == null) {
      return stream(works, 0);
    }
    long before = StreamState.loadNewest(file, name);
    long[] newest = {before};
    Output out = output();
    streaming.set(out);
    try {
      await(works.filter(w -> workId(w.id()) > before), w -> {
        out.item(w);
        newest[0] = Math.max(newest[0], workId(((io.github.pixivajax.core.model.ArtworkThumbnail) w).id()));
        StreamState.saveNewest(file, name, newest[0]);
      });
    } finally {
      out.end();
      streaming.set(null);
    }
    return OK;
  }

  private static long workId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * A paginated stream; with {@code --state} it starts where the state file says and records, after
   * each item written, the last page fully written and how many items of the next one are out.
   */
  int stream(Paged<?> paged, long limit) {
    java.nio.file.Path file = state;
    if (file == null) {
      return stream(paged.items(), limit);
    }
    StreamState saved = StreamState.load(file, paged.name());
    Paged<?> from = saved.cursor() == null ? paged : paged.from(saved.cursor());
    Flowable<StreamState.Entry> entries = from.pages().concatMapIterable(StreamState::entries).skip(saved.written());
    Output out = output();
    streaming.set(out);
    StreamState[] now = {saved};
    try {
      await(limit > 0 ? entries.take(limit) : entries, e -> {
        StreamState.Entry entry = (StreamState.Entry) e;
        out.item(entry.item());
        now[0] = now[0].after(entry);
        now[0].save(file);
      });
    } finally {
      out.end();
      streaming.set(null);
    }
    return OK;
  }

  private @Nullable Object await(Flowable<?> flow, java.util.function.@Nullable Consumer<Object> out) {
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<@Nullable Object> last = new AtomicReference<>();
    AtomicReference<@Nullable Throwable> error = new AtomicReference<>();
    DisposableSubscriber<Object> sub = new DisposableSubscriber<>() {
      @Override
      protected void onStart() {
        request(1);
      }

      @Override
      public void onNext(Object item) {
        // Under the lock: Ctrl-C never lands between writing an item and recording it (--state).
        synchronized (done) {
          if (isDisposed()) {
            return;
          }
          if (out != null) {
            out.accept(item);
          } else {
            last.set(item);
          }
        }
        request(1);
      }

      @Override
      public void onError(Throwable t) {
        error.set(t);
        done.countDown();
      }

      @Override
      public void onComplete() {
        done.countDown();
      }
    };
    // Ctrl-C (or a test) disposes this: the stream stops and the wait below ends.
    current.set(Disposable.fromAction(() -> {
      synchronized (done) {
        sub.dispose();
        done.countDown();
      }
    }));
    flow.subscribe(sub);
    try {
      done.await();
    } catch (InterruptedException e) {
      sub.dispose();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      current.set(null);
    }
    Throwable t = error.get();
    if (t != null) {
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      }
      throw new IllegalStateException(t);
    }
    return last.get();
  }

  /** Registers what Ctrl-C stops for work that is not one stream (downloads); null clears it. */
  void cancelOnInterrupt(@Nullable Disposable job) {
    current.set(job);
  }

  /** Ctrl-C: stop the stream in flight (the JVM then exits with 130). */
  void interrupt() {
    Disposable d = current.getAndSet(null);
    if (d != null) {
      d.dispose();
    }
    // The JVM may halt before the main thread gets to it: close the JSON array from here.
    Output out = streaming.get();
    if (out != null) {
      out.end();
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
    if (sharedLimiter != null) {
      sharedLimiter.close();
      sharedLimiter = null;
    }
    if (fake != null) {
      fake.close();
      fake = null;
    }
    if (cleartextHttp != null) {
      cleartextHttp.dispatcher().executorService().shutdown();
      cleartextHttp.connectionPool().evictAll();
      cleartextHttp = null;
    }
  }

  /** Runs {@code args} with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (warmsUp(args) && WARMED.compareAndSet(false, true)) {
      // Initialises the client's classes (OkHttp, Retrofit, Jackson, the JSON mappers) on the second core
      // while this thread parses the command line: 5–12 % off a one-call run's wall time (README, Start-up).
      Thread warm = new Thread(Cli::warmUp, "pixiv-warm-up");
      warm.setDaemon(true);
      warm.start();
    }
    Cli cli = new Cli();
    CommandLine cmd = commandLine(cli, out, err, args);
    Thread hook = new Thread(cli::interrupt, "pixiv-ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return cmd.execute(args);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and disposes the stream.
      }
      cli.close();
    }
  }

  private static final AtomicBoolean WARMED = new AtomicBoolean();

  /** Whether a run will build a client: not one that only prints help or the version. */
  static boolean warmsUp(String[] args) {
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version") || a.equals("help")) {
        return false;
      }
    }
    return args.length > 0;
  }

  /** Builds and closes a client that never sends a request, then the output's mapper; failures are the real run's to report. */
  static void warmUp() {
    try {
      try (PixivClient c = PixivClient.builder().baseUrl("http://127.0.0.1:9/").okHttpClient(plainHttpOnly()).build()) {
        c.artworks();
      }
      Output.warmUp();
    } catch (RuntimeException | LinkageError e) {
      // Nothing to do: the run builds its own client and output, and reports their failures itself.
    }
  }

  static CommandLine commandLine(Cli cli, PrintWriter out, PrintWriter err) {
    return commandLine(cli, out, err, null);
  }

  static CommandLine commandLine(Cli cli, PrintWriter out, PrintWriter err, String @Nullable [] args) {
    CommandLine cmd = new CommandLine(cli);
    Set<String> named = args == null ? Set.of() : new HashSet<>(Arrays.asList(args));
    List<Class<?>> wanted = new ArrayList<>();
    for (Class<?> c : COMMANDS) {
      if (named.contains(c.getAnnotation(Command.class).name())) {
        wanted.add(c);
      }
    }
    boolean versionOnly = wanted.isEmpty() && (named.contains("-V") || named.contains("--version"))
        && !named.contains("-h") && !named.contains("--help");
    // The version needs no command: building them all was most of `pixiv --version`'s time.
    List<Class<?>> registered = versionOnly ? List.of()
        : wanted.isEmpty() || wanted.contains(CommandLine.HelpCommand.class) ? COMMANDS : wanted;
    for (Class<?> c : registered) {
      cmd.addSubcommand(c.getAnnotation(Command.class).addMethodSubcommands() ? new CommandLine(c) : withMethods(c, named));
    }
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    addHelpEverywhere(cmd);
    cmd.setParameterExceptionHandler((ex, argv) -> {
      CommandLine line = ex.getCommandLine();
      line.getErr().println("pixiv: " + usageMessage(ex) + " (see '" + line.getCommandSpec().qualifiedName() + " --help')");
      line.getErr().flush();
      return USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, line, parse) -> {
      Throwable t = ex instanceof CompositeException ? ((CompositeException) ex).getExceptions().get(0) : ex;
      if (t instanceof CommandLine.ParameterException) {
        throw (CommandLine.ParameterException) t;
      }
      line.getErr().println("pixiv: " + describe(t));
      if (cli.verbose) {
        t.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return exitCode(t);
    });
    return cmd;
  }

  /**
   * A command whose subcommands are its {@code @Command} methods (declared with {@code
   * addMethodSubcommands = false}), with only the methods the arguments name, or all when they name none
   * ({@code pixiv illust --help}): picocli builds a spec and a parser for each method it registers.
   */
  private static CommandLine withMethods(Class<?> c, Set<String> named) {
    CommandLine line = new CommandLine(c);
    List<java.lang.reflect.Method> methods = CommandLine.getCommandMethods(c, null);
    boolean anyNamed = methods.stream().anyMatch(m -> isNamed(m, named));
    for (java.lang.reflect.Method m : methods) {
      if (!anyNamed || isNamed(m, named)) {
        line.addSubcommand(new CommandLine(m));
      }
    }
    return line;
  }

  static boolean isNamed(java.lang.reflect.Method m, Set<String> named) {
    Command c = m.getAnnotation(Command.class);
    if (named.contains(c.name().equals(CommandLine.Model.CommandSpec.DEFAULT_COMMAND_NAME) ? m.getName() : c.name())) {
      return true;
    }
    return Arrays.stream(c.aliases()).anyMatch(named::contains);
  }

  /** {@code --help} on every command, including those that declare none. */
  private static void addHelpEverywhere(CommandLine cmd) {
    CommandLine.Model.CommandSpec spec = cmd.getCommandSpec();
    if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
      spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
          .usageHelp(true).description("Show this help message and exit.").build());
    }
    for (CommandLine sub : cmd.getSubcommands().values()) {
      addHelpEverywhere(sub);
    }
  }

  /** picocli's message on one line, without Java exception names. */
  static String usageMessage(CommandLine.ParameterException ex) {
    String m = String.valueOf(ex.getMessage()).strip();
    java.util.regex.Matcher cause =
        java.util.regex.Pattern.compile("\\s*\\(?(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b").matcher(m);
    if (cause.find()) {
      m = m.substring(0, cause.start());
    }
    m = m.replaceAll("(?:class )?(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)", "$1");
    m = m.replaceAll("\\s*\\R\\s*", "; ");
    return m;
  }

  static String describe(Throwable t) {
    if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
      return "bad argument: " + t.getMessage();
    }
    if (t instanceof PixivNetworkException && t.getCause() instanceof java.io.InterruptedIOException
        && !(t.getCause() instanceof java.net.SocketTimeoutException)
        && "timeout".equals(t.getCause().getMessage())) {
      String endpoint = String.valueOf(t.getMessage());
      int colon = endpoint.indexOf(": ");
      return (colon < 0 ? endpoint : endpoint.substring(0, colon))
          + ": no complete answer within the call timeout (raise it with --timeout SECONDS)";
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  static int exitCode(Throwable t) {
    if (t instanceof PixivAuthException) {
      return AUTH;
    }
    if (t instanceof PixivNotFoundException) {
      return NOT_FOUND;
    }
    if (t instanceof PixivRateLimitException) {
      return RATE_LIMITED;
    }
    if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
      return USAGE;
    }
    return FAILED;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"pixiv " + (v == null ? "dev" : v)};
    }
  }
}
