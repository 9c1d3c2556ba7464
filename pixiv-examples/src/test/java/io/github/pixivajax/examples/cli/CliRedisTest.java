package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** {@code pixiv --redis}: the CLI's budget lives in a real redis-server on loopback. */
class CliRedisTest {
  private static Process redis;
  private static Path dir;
  private static int port;
  private FakePixiv fake;

  @BeforeAll
  static void startRedis() throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/redis-server"))) {
      String why = "redis-server is not installed (apt-get install -y redis-server)";
      if (Boolean.getBoolean("pixiv.fixtures.required") || Boolean.getBoolean("pixiv.redis.required")) {
        fail(why);
      }
      Assumptions.abort(why + ": skipping");
    }
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    dir = Files.createTempDirectory("pixiv-cli-redis");
    redis = new ProcessBuilder("/usr/bin/redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir",
        dir.toString(), "--save", "", "--appendonly", "no").redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        break;
      } catch (IOException notYet) {
        assertThat(System.nanoTime()).as("redis-server started").isLessThan(deadline);
        Thread.sleep(20);
      }
    }
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (redis != null) {
      redis.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      Files.deleteIfExists(dir.resolve("redis.log"));
      Files.deleteIfExists(dir);
    }
  }

  @BeforeEach
  void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  private static String uri() {
    return "redis://127.0.0.1:" + port + "/0";
  }

  private List<String> base(String... args) {
    List<String> all = new ArrayList<>(List.of("--base-url", fake.baseUrl(), "--session", FakePixiv.DEMO_SESSION,
        "--format", "jsonl"));
    all.addAll(List.of(args));
    return all;
  }

  private static String demoKey() throws Exception {
    return "pixiv:limiter:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest("user:1".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void redisOptionKeepsTheAccountsBudgetInRedis() throws Exception {
    try (RedisClient probe = RedisClient.create(URI.create(uri()))) {
      probe.del(demoKey());
      CliRun r = CliRun.on(new Cli(), base("--redis", uri(), "--rate", "5", "illust", "info", "1").toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(probe.hget(demoKey(), "tat")).as("the slot was taken in Redis").isNotNull();
      assertThat(probe.pttl(demoKey())).isPositive();
    }
  }

  @Test
  void pixivRedisFromTheEnvironmentWorksLikeTheOption() throws Exception {
    try (RedisClient probe = RedisClient.create(URI.create(uri()))) {
      probe.del(demoKey());
      Cli cli = new Cli();
      cli.redisEnv = uri();
      CliRun r = CliRun.on(cli, base("--rate", "5", "illust", "info", "1").toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(probe.exists(demoKey())).isTrue();
    }
  }

  @Test
  void unreachableRedisFailsInOneLineWithoutSending() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    CliRun r = CliRun.on(new Cli(), base("--redis", "redis://127.0.0.1:" + closedPort, "illust", "info", "1").toArray(String[]::new));
    assertThat(r.code()).isEqualTo(Cli.FAILED);
    assertThat(r.err().strip()).startsWith("pixiv: ").contains("Redis").doesNotContain("\n");
    assertThat(fake.requestCount()).as("nothing reached pixiv").isZero();
  }

  @Test
  void aMalformedRedisUriIsAUsageError() {
    CliRun r = CliRun.on(new Cli(), base("--redis", "http://127.0.0.1:6379", "illust", "info", "1").toArray(String[]::new));
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("redisUri");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void benchRedisRunsWorkerProcessesAndReportsWhatTheySent() {
    CliRun r = CliRun.on(new Cli(), "--redis", uri(), "bench-redis", "--processes", "2", "--rate", "5", "--seconds", "1",
        "--warmup", "3");
    assertThat(r.code()).as(r.err()).isZero();
    String row = r.out().lines().filter(l -> l.matches("\\s*2\\s+\\d+.*")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
    String[] f = row.trim().split("\\s+");
    assertThat(Integer.parseInt(f[1])).as("requests sent by the two processes").isPositive();
  }
}
