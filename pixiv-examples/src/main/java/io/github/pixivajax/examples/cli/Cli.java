package io.github.pixivajax.examples.cli;

import io.github.pixivajax.core.HttpLogging;
import io.github.pixivajax.core.PixivAuthException;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.PixivNotFoundException;
import io.github.pixivajax.core.PixivRateLimitException;
import io.github.pixivajax.core.PixivSession;
import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.rx.RxConfig;
import io.github.pixivajax.rx.RxPixiv;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.exceptions.CompositeException;
import io.reactivex.rxjava3.subscribers.DisposableSubscriber;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
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
    description = "Stream pixiv's feeds from the command line (Kotlin-free Java client for pixiv's Ajax API).",
    subcommands = {
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
      DemoServerCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Cli implements AutoCloseable {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int AUTH = 3;
  public static final int NOT_FOUND = 4;
  public static final int RATE_LIMITED = 5;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--base-url", paramLabel = "URL", description = "pixiv (or a proxy) to talk to; default https://www.pixiv.net/")
  @Nullable String baseUrl;

  @Option(names = "--demo", description = "Start the embedded fake pixiv on a loopback port and use it (no account, no network).")
  boolean demo;

  @Option(names = "--session", paramLabel = "VALUE", description = "PHPSESSID or a whole Cookie header; default: env PIXIV_SESSION.")
  @Nullable String session;

  @Option(names = "--rate", paramLabel = "R", description = "Requests per second, 0 = unlimited (default: ${DEFAULT-VALUE}).")
  double rate = 1;

  @Option(names = "--format", paramLabel = "F", description = "jsonl, json or table (default: jsonl when piped, table on a terminal).")
  Output.@Nullable Format format;

  @Option(names = "--verbose", description = "Log HTTP (redacted) and show stack traces.")
  boolean verbose;

  @Option(names = "--poll", paramLabel = "SECONDS", description = "How often --follow tails poll (default: ${DEFAULT-VALUE}).")
  double pollSeconds = 10;

  private @Nullable FakePixiv fake;
  private @Nullable PixivClient client;
  private @Nullable RxPixiv rx;
  private final AtomicReference<@Nullable Disposable> current = new AtomicReference<>();
  @Nullable String env = System.getenv("PIXIV_SESSION");

  /** The client for this run: the fake pixiv with the demo session under {@code --demo}. */
  synchronized PixivClient client() {
    if (client == null) {
      PixivClient.Builder b = PixivClient.builder().rateLimit(rate);
      if (demo) {
        if (baseUrl != null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--demo and --base-url exclude each other");
        }
        fake = FakePixiv.start(FakePixiv.Options.defaults());
        b.baseUrl(fake.baseUrl()).session(PixivSession.ofPhpSessId(FakePixiv.DEMO_SESSION));
      } else {
        if (baseUrl != null) {
          b.baseUrl(baseUrl);
        }
        String s = session != null ? session : env;
        if (s != null && !s.isBlank()) {
          b.session(s.contains("=") ? PixivSession.ofCookieHeader(s) : PixivSession.ofPhpSessId(s));
        }
      }
      if (verbose) {
        b.httpLogging(HttpLogging.BASIC);
      }
      client = b.build();
    }
    return client;
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
    Output out = output();
    Flowable<?> bounded = limit > 0 ? items.take(limit) : items;
    await(bounded, out);
    out.end();
    return OK;
  }

  private @Nullable Object await(Flowable<?> flow, @Nullable Output out) {
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
        if (out != null) {
          out.item(item);
        } else {
          last.set(item);
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
      sub.dispose();
      done.countDown();
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

  /** Ctrl-C: stop the stream in flight (the JVM then exits with 130). */
  void interrupt() {
    Disposable d = current.getAndSet(null);
    if (d != null) {
      d.dispose();
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
    if (fake != null) {
      fake.close();
      fake = null;
    }
  }

  /** Runs {@code args} with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Cli cli = new Cli();
    CommandLine cmd = commandLine(cli, out, err);
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

  static CommandLine commandLine(Cli cli, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(cli);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
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

  static String describe(Throwable t) {
    if (t instanceof IllegalArgumentException || t instanceof NullPointerException) {
      return "bad argument: " + t.getMessage();
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
