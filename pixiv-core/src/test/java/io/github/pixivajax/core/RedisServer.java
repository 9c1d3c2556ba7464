package io.github.pixivajax.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.jspecify.annotations.Nullable;

/**
 * A real {@code redis-server} on a free loopback port with a temp dir and no persistence, started
 * before a test class and stopped after it ({@code @ExtendWith(RedisServer.Extension.class)}, then a
 * {@code RedisServer} parameter). Without {@code redis-server} on the PATH the tests skip, unless
 * {@code -Dpixiv.fixtures.required=true} or {@code -Dpixiv.redis.required=true} (CI), where they fail.
 */
public final class RedisServer implements AutoCloseable {
  private final int port;
  private final Path dir;
  private @Nullable Process process;

  private RedisServer(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** Starts a server on a free port, or skips (fails on CI) when redis-server is missing. */
  public static RedisServer start() {
    String exe = executable();
    if (exe == null) {
      String why = "redis-server is not on the PATH (apt-get install -y redis-server)";
      if (Boolean.getBoolean("pixiv.fixtures.required") || Boolean.getBoolean("pixiv.redis.required")) {
        fail(why);
      }
      Assumptions.abort(why + ": skipping the Redis tests");
    }
    try {
      RedisServer s = new RedisServer(freePort(), Files.createTempDirectory("pixiv-redis-test"));
      s.startAgain();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable String executable() {
    String path = System.getenv("PATH");
    for (String d : (path == null ? "/usr/bin:/usr/local/bin" : path + ":/usr/bin:/usr/sbin").split(":")) {
      Path p = Path.of(d, "redis-server");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  public String uri() {
    return "redis://127.0.0.1:" + port + "/0";
  }

  public int port() {
    return port;
  }

  /** Starts redis-server again on the same port (after {@link #stop()}); waits until it answers. */
  public synchronized void startAgain() throws IOException {
    if (process != null) {
      throw new IllegalStateException("already running");
    }
    // A watchdog shell runs the server and kills it once this JVM is gone, hook or no hook: PIT ends a
    // minion whose mutant timed out with System.exit (30 servers were left after one run without the
    // shutdown hook below) or kills it outright (6 were left after one run with it).
    String watchdog = "\"$0\" \"$@\" & r=$!; while kill -0 " + ProcessHandle.current().pid()
        + " 2>/dev/null && kill -0 $r 2>/dev/null; do sleep 1; done; kill -9 $r 2>/dev/null";
    ProcessBuilder pb = new ProcessBuilder(List.of("sh", "-c", watchdog, executable(), "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--dir", dir.toString(), "--save", "", "--appendonly", "no"));
    pb.redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile());
    Process started = pb.start();
    process = started;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> kill(started)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!answers("PING", "+PONG")) {
      if (!started.isAlive() || System.nanoTime() > deadline) {
        String log = Files.exists(dir.resolve("redis.log")) ? Files.readString(dir.resolve("redis.log")) : "";
        stop();
        throw new IllegalStateException("redis-server did not start on port " + port + ":\n" + log);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }

  /** Kills the server (state lost, like a crash without persistence); waits until it is gone. */
  public synchronized void stop() {
    Process p = process;
    process = null;
    if (p != null) {
      kill(p);
    }
  }

  /** Kills the server (SIGKILL, like a crash) and its watchdog; waits until the port no longer answers. */
  private void kill(Process watchdog) {
    watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
    watchdog.destroyForcibly();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try {
      while (answers("PING", "+PONG")) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("redis-server did not stop on port " + port);
        }
        Thread.sleep(5);
      }
      watchdog.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }


  /** One inline command; true when the reply starts with {@code expected}. */
  private boolean answers(String command, String expected) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      s.setSoTimeout(1000);
      OutputStream out = s.getOutputStream();
      out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[64];
      int n = in.read(buf);
      return n > 0 && new String(buf, 0, n, StandardCharsets.US_ASCII).startsWith(expected);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp dir left behind is harmless
    }
  }

  /** JUnit 5: one server per test class, stopped after it. */
  public static final class Extension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(RedisServer.class);

    @Override
    public void beforeAll(ExtensionContext context) {
      context.getStore(NS).put("server", start());
    }

    @Override
    public void afterAll(ExtensionContext context) {
      RedisServer s = context.getStore(NS).remove("server", RedisServer.class);
      if (s != null) {
        s.close();
      }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
      return p.getParameter().getType() == RedisServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
      return c.getStore(NS).get("server", RedisServer.class);
    }
  }
}
