package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pixivajax.examples.fake.FakeIds;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code user follow|unfollow|tags}, {@code series watch|unwatch}, {@code tag suggest}, demo-server's search cap. */
class FollowCommandsTest {
  private static FakePixiv fake;

  @BeforeAll
  static void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  private static CliRun pixiv(String... args) {
    return CliRun.of(CliRun.loggedIn(fake, args));
  }

  private static boolean followed(int u) {
    CliRun r = pixiv("user", "info", String.valueOf(u));
    assertThat(r.code()).as(r.err()).isZero();
    return r.json().get(0).path("isFollowed").asBoolean();
  }

  private static int notFollowed() {
    for (int u = 2; u < 600; u++) {
      if (!followed(u)) {
        return u;
      }
    }
    throw new AssertionError("the demo account follows everyone");
  }

  @Test
  void followAndUnfollowChangeWhatTheProfileSays() {
    int u = notFollowed();
    CliRun follow = pixiv("user", "follow", String.valueOf(u), "--private");
    assertThat(follow.code()).as(follow.err()).isZero();
    assertThat(followed(u)).isTrue();
    List<String> hidden = pixiv("user", "following", "1", "--hidden", "--limit", "0").json().stream()
        .map(n -> n.path("userId").asText()).toList();
    assertThat(hidden).contains(String.valueOf(u));

    CliRun unfollow = pixiv("user", "unfollow", String.valueOf(u));
    assertThat(unfollow.code()).as(unfollow.err()).isZero();
    assertThat(followed(u)).isFalse();
  }

  @Test
  void writesNeedASessionAndValidIds() {
    assertThat(CliRun.of("--base-url", fake.baseUrl(), "--rate", "0", "user", "follow", "5").code())
        .as("anonymous").isEqualTo(Cli.AUTH);
    CliRun bad = pixiv("user", "follow", "0");
    assertThat(bad.code()).isEqualTo(Cli.USAGE);
    assertThat(bad.err().strip().lines()).hasSize(1);
    assertThat(pixiv("series").code()).as("series without an id").isEqualTo(Cli.USAGE);
  }

  @Test
  void seriesWatchAndUnwatch() {
    String series = FakeIds.series(fake);
    CliRun watch = pixiv("series", "watch", series);
    assertThat(watch.code()).as(watch.err()).isZero();
    assertThat(watch.json()).hasSize(1);
    assertThat(pixiv("series", "unwatch", series).code()).isZero();
    assertThat(pixiv("series", "watch", "7", "--novel").code()).isZero();
    assertThat(pixiv("series", "watch", "3").code()).as("no such series").isEqualTo(Cli.NOT_FOUND);
    assertThat(pixiv("series", series, "--limit", "2").json()).hasSize(2);
  }

  @Test
  void tagSuggestAndUserTags() {
    CliRun suggest = pixiv("tag", "suggest", "原神");
    assertThat(suggest.code()).as(suggest.err()).isZero();
    JsonNode first = suggest.json().get(0).path("candidates").get(0);
    assertThat(first.path("tag_name").asText()).isEqualTo("原神");
    assertThat(first.path("illust_count").asLong()).isGreaterThan(1000);

    CliRun suggestions = pixiv("tag", "suggestions");
    assertThat(suggestions.json().get(0).path("popularTags").path("illust")).isNotEmpty();

    CliRun tags = pixiv("user", "tags", "2");
    assertThat(tags.code()).as(tags.err()).isZero();
    JsonNode list = tags.json().get(0);
    assertThat(list.isArray()).isTrue();
    assertThat(list.get(0).path("cnt").asInt()).isPositive();
    assertThat(pixiv("user", "tags", "2", "--novels").json().get(0)).isEmpty();
  }

  @Test
  void searchAllPagesGoesPastTheCap() {
    List<String> expected = pixiv("search", "artworks", "原神", "--limit", "0").json().stream().map(n -> n.path("id").asText()).toList();
    try (FakePixiv cappedFake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).searchPageCap(4).build())) {
      CliRun r = CliRun.of("--base-url", cappedFake.baseUrl(), "--rate", "0", "--format", "jsonl",
          "search", "artworks", "原神", "--all-pages", "--limit", "0");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(expected).hasSizeGreaterThan(4 * 60);
      assertThat(r.json().stream().map(n -> n.path("id").asText()).toList()).isEqualTo(expected);
      CliRun popular = CliRun.of("--base-url", cappedFake.baseUrl(), "--rate", "0",
          "search", "manga", "原神", "--all-pages", "--order", "popular_d");
      assertThat(popular.code()).isEqualTo(Cli.USAGE);
      assertThat(popular.err()).contains("order");
    }
  }

  @Test
  void demoServerCapsSearchAtTheGivenPage() throws Exception {
    Cli cli = new Cli();
    StringWriter out = new StringWriter();
    CommandLine cmd = Cli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> cmd.execute("demo-server", "--search-page-cap", "2"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!out.toString().contains("listening on ") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    String url = out.toString().replaceAll("(?s).*listening on (\\S+).*", "$1");
    CliRun r = CliRun.of("--base-url", url, "--rate", "0", "--format", "jsonl", "search", "artworks", "原神", "--limit", "0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json()).as("two capped pages of 60, ad slots left out").hasSize(120);
    assertThat(r.json().stream().map(n -> n.path("id").asText()).distinct().count()).isEqualTo(120);
    ((DemoServerCommand) cmd.getSubcommands().get("demo-server").getCommand()).stop.countDown();
    assertThat(server.get(5, TimeUnit.SECONDS)).isZero();
  }
}
