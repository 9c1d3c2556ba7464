package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.examples.fake.FakeIds;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CLI run in-process against the fake pixiv. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  FakePixiv fake;

  @BeforeEach
  void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  /** Against this test's fake, logged in as its demo account, unpaced. */
  CliRun pixiv(String... args) {
    return CliRun.of(CliRun.loggedIn(fake, args));
  }

  private static List<String> field(CliRun r, String name) {
    return r.json().stream().map(n -> n.path(name).asText()).toList();
  }

  @Test
  void demoRankingStreamsExactlyTheLimit() {
    CliRun r = CliRun.of("--demo", "--rate", "0", "--format", "jsonl", "ranking", "--limit", "120");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(field(r, "illust_id")).hasSize(120).doesNotHaveDuplicates();
    assertThat(field(r, "rank").get(119)).isEqualTo("120");
  }

  @Test
  void pagedCommandsStreamTheLimitWithoutDuplicates() {
    assertThat(field(pixiv("search", "artworks", "原神", "--limit", "150"), "id")).hasSize(150).doesNotHaveDuplicates();
    assertThat(field(pixiv("user", "following", "1", "--limit", "60"), "userId")).hasSize(60).doesNotHaveDuplicates();
    assertThat(field(pixiv("user", "bookmarks", "1", "--limit", "100"), "id")).hasSize(100).doesNotHaveDuplicates();
    assertThat(field(pixiv("feed", "new-illusts", "--limit", "45"), "id")).hasSize(45).doesNotHaveDuplicates();
    assertThat(field(pixiv("illust", "recommend", "5", "--limit", "30"), "id")).hasSize(30).doesNotHaveDuplicates();
    assertThat(field(pixiv("requests", "complete", "--limit", "30"), "requestId")).hasSize(30).doesNotHaveDuplicates();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "illust info 5", "illust pages 5", "illust comments 5 --limit 3", "illust recommend 5 --limit 3",
    "user info 2", "user full 2", "user profile 2", "user latest 2", "user following 1 --limit 3",
    "user followers 1 --limit 3", "user bookmarks 1 --limit 3", "user bookmarks 1 --hidden --limit 3",
    "search top 原神", "search artworks 原神 --limit 3", "search illustrations 原神 --order date --type illust --limit 2",
    "search manga 原神 --lang ja --mode safe --s-mode s_tag --limit 2",
    "search artworks 原神 --wlt 100 --wgt 5000 --hlt 100 --hgt 5000 --ratio 0 --tool SAI --scd 2020-01-01 --ecd 2030-01-01 --blt 0 --bgt 100000 --limit 2",
    "tag info 原神", "tag stories 原神", "ranking --mode weekly --content illust --limit 2", "ranking --date 2024-08-30 --limit 2",
    "feed top", "feed follow-latest --limit 2", "feed watch-list-manga --limit 2", "feed mypixiv-latest --limit 2", "feed new-illusts --type manga --limit 2",
    "feed discovery-artworks --limit 2", "feed discovery-users --limit 2", "feed tumeng",
    "requests all", "requests complete --limit 2", "requests creators --type manga --limit 2", "requests in-progress --type all --limit 2",
    "me extra", "me notifications", "me dashboard", "me settings", "me request-strategy", "me webpush", "me live", "me discovery-meta",
    "bookmark add 5 --comment hi --tag a --tag b", "like 5",
    "novel info 11", "novel series-info 1", "novel series 1 --limit 2", "novel search 物語 --limit 2", "novel search 物語 --all-pages --limit 2",
    "novel search 図書館 --series --limit 2", "novel new --limit 2", "novel follow-latest --limit 2", "novel bookmarks 1 --limit 2",
    "novel bookmark-tags 1", "novel recommend 11 --limit 2", "novel comments 11 --limit 2", "novel works 2 --limit 2",
    "novel bookmark add 12", "novel like 12", "illust ugoira UGOIRA", "illust replies REPLY --limit 3", "user works 2 --limit 120", "user works 2 --tag 原神 --kind illusts --limit 3",
    "user works 2 --tag 原神 --kind manga --limit 3", "user top 2", "user bookmark-tags 1", "series SERIES --limit 3", "me whoami",
    "bookmark delete BM0", "bookmark remove BM1 BM2", "bookmark restrict BM3 --public",
    "ranking --touch --limit 60", "illust unlisted UNLISTED"})
  void everyCommandWorksAgainstTheFake(String command) {
    CliRun r = pixiv(command.replace("UGOIRA", String.valueOf(FakeIds.ugoira(fake))).replace("REPLY", FakeIds.rootCommentWithReplies(fake))
        .replace("SERIES", FakeIds.series(fake)).replace("UNLISTED", FakeIds.unlisted(fake)).replaceAll("BM(\\d)", "BOOKMARK$1")
        .replace("BOOKMARK0", bookmark(0)).replace("BOOKMARK1", bookmark(1)).replace("BOOKMARK2", bookmark(2)).replace("BOOKMARK3", bookmark(3))
        .split(" "));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json()).isNotEmpty();
  }

  private String bookmark(int i) {
    return FakeIds.demoBookmarkIds(fake, 4).get(i);
  }

  @Test
  void singleCallsPrintOneObject() {
    CliRun r = pixiv("illust", "info", "5");
    assertThat(r.code()).isZero();
    assertThat(r.json()).hasSize(1);
    assertThat(r.json().get(0).path("id").asText()).isEqualTo("5");
  }

  @Test
  void jsonFormatPrintsOneArray() throws Exception {
    CliRun r = CliRun.of("--base-url", fake.baseUrl(), "--rate", "0", "--format", "json", "ranking", "--limit", "3");
    JsonNode array = JSON.readTree(r.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(3);
  }

  @Test
  void tableFormatAlignsColumnsUnderAHeader() {
    CliRun r = CliRun.of("--base-url", fake.baseUrl(), "--rate", "0", "--format", "table", "ranking", "--limit", "3");
    assertThat(r.lines()).hasSize(4);
    assertThat(r.lines().get(0)).startsWith("RANK").contains("TITLE");
  }

  @Test
  void writesWork() {
    assertThat(pixiv("bookmark", "add", "5", "--private", "--tag", "a").code()).isZero();
    assertThat(pixiv("like", "5").json().get(0).path("is_liked").asBoolean()).isTrue();
  }

  @Test
  void exitCodesTellFailuresApart() {
    CliRun notFound = pixiv("illust", "info", "99999999");
    assertThat(notFound.code()).isEqualTo(Cli.NOT_FOUND);
    assertThat(notFound.err()).startsWith("pixiv: ").doesNotContain("\tat ");
    assertThat(notFound.err().strip().lines()).hasSize(1);

    assertThat(CliRun.of("--base-url", fake.baseUrl(), "--rate", "0", "me", "extra").code()).as("anonymous").isEqualTo(Cli.AUTH);
    assertThat(pixiv("illust", "info", "0").code()).as("bad argument").isEqualTo(Cli.USAGE);
    assertThat(pixiv("illust", "frobnicate").code()).as("unknown command").isEqualTo(Cli.USAGE);
    assertThat(pixiv("--nope", "ranking").code()).as("unknown option").isEqualTo(Cli.USAGE);
  }

  @Test
  void suspectedThrottleOfSearchExitsWith5LikeA429() {
    // What a search stream ends with when pixiv keeps answering a page before the last with nothing.
    var empty = new io.github.pixivajax.core.PixivSuspectedThrottleException("ajax/search/artworks/cat", 2);
    assertThat(Cli.exitCode(empty)).isEqualTo(Cli.RATE_LIMITED).isEqualTo(5);
    assertThat(Cli.exitCode(new IllegalStateException("x"))).isEqualTo(Cli.FAILED);
  }

  @Test
  void verboseShowsTheStackTrace() {
    CliRun r = pixiv("--verbose", "illust", "info", "99999999");
    assertThat(r.code()).isEqualTo(Cli.NOT_FOUND);
    assertThat(r.err()).contains("\tat ");
  }

  @Test
  void rateLimitedSingleCallExitsWith5() {
    try (FakePixiv limited = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).rateLimit(1, 60).retryAfterSeconds(60).build())) {
      String[] args = {"--base-url", limited.baseUrl(), "--rate", "0", "illust", "info", "5"};
      assertThat(CliRun.of(args).code()).isZero();
      CliRun throttled = CliRun.of(args);
      assertThat(throttled.code()).isEqualTo(Cli.RATE_LIMITED);
      assertThat(throttled.err()).contains("429");
    }
  }

  @Test
  void limitedDemoServerMakesTheStreamPauseAndFinishWhole() {
    try (FakePixiv limited = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).rateLimit(2, 1).retryAfterSeconds(1).build())) {
      CliRun r = CliRun.of("--base-url", limited.baseUrl(), "--rate", "0", "--format", "jsonl", "ranking", "--limit", "250");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(field(r, "illust_id")).hasSize(250).doesNotHaveDuplicates();
      assertThat(limited.requestCount()).as("some requests were answered 429 and retried").isGreaterThan(5);
    }
  }

  @Test
  void followTailEmitsNewlyAddedWorks() throws Exception {
    Cli cli = new Cli();
    StringWriter out = new StringWriter();
    CommandLine cmd = Cli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> cmd.execute(
        "--base-url", fake.baseUrl(), "--rate", "0", "--poll", "0.05", "--format", "jsonl", "feed", "new-illusts", "--follow"));
    try {
      await(() -> out.toString().lines().count() >= 20);
      int added = fake.addNewArtwork();
      await(() -> out.toString().contains("\"id\":\"" + added + "\""));
    } finally {
      cli.interrupt();
      assertThat(running.get(60, TimeUnit.SECONDS)).isZero();
      cli.close();
    }
    List<String> ids = out.toString().lines().map(l -> {
      try {
        return JSON.readTree(l).path("id").asText();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void demoServerServesUntilStopped() throws Exception {
    Cli cli = new Cli();
    StringWriter out = new StringWriter();
    CommandLine cmd = Cli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> cmd.execute(
        "demo-server", "--max-requests", "100", "--per-seconds", "10", "--retry-after", "1"));
    await(() -> out.toString().contains("listening on "));
    String url = out.toString().replaceAll("(?s).*listening on (\\S+).*", "$1");
    assertThat(field(CliRun.of("--base-url", url, "--rate", "0", "ranking", "--limit", "60"), "illust_id")).hasSize(60);
    ((DemoServerCommand) cmd.getSubcommands().get("demo-server").getCommand()).stop.countDown();
    assertThat(server.get(60, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void benchPrintsBothSidesTheRatioAndTheLimiterReport() {
    CliRun r = CliRun.of("bench", "--pages", "2", "--rounds", "1", "--warmup", "0", "--slow-consumer", "--delay-ms", "1",
        "--streams", "2", "--rate", "50", "--seconds", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("floor: OkHttp + readTree").contains("pixiv-rx, limiter off").contains("ratio pixiv-rx / floor")
        .contains("slow consumer").contains("busiest 1-second window");
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    // Generous: the event is awaited, not timed; a loaded 2-core machine only makes this slower.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(20);
    }
  }
}
