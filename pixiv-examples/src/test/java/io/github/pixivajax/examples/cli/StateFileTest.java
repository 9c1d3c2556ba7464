package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --state FILE}: a stopped run continues where it stopped, every item exactly once overall. */
class StateFileTest {
  private static FakePixiv fake;
  @TempDir Path dir;

  @BeforeAll
  static void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  private static List<String> args(String... command) {
    return CliRun.loggedIn(fake, command);
  }

  private static List<String> ids(CliRun r, String field) {
    assertThat(r.code()).as(r.err()).isZero();
    return r.json().stream().map(n -> n.path(field).asText()).toList();
  }

  @Test
  void aStoppedRunContinuesRightAfterTheLastItemWritten() throws Exception {
    Path state = dir.resolve("bookmarks.state");
    List<String> whole = ids(CliRun.of(args("user", "bookmarks", "1", "--limit", "0").toArray(String[]::new)), "id");
    assertThat(whole).hasSizeGreaterThan(150);

    List<String> first = ids(CliRun.of(args("--state", state.toString(), "user", "bookmarks", "1", "--limit", "70")
        .toArray(String[]::new)), "id");
    assertThat(first).hasSize(70);
    assertThat(Files.readString(state)).startsWith("pixiv-state 1\nstream=users.bookmarks\n");
    List<String> second = ids(CliRun.of(args("--state", state.toString(), "user", "bookmarks", "1", "--limit", "45")
        .toArray(String[]::new)), "id");
    List<String> rest = ids(CliRun.of(args("--state", state.toString(), "user", "bookmarks", "1", "--limit", "0")
        .toArray(String[]::new)), "id");

    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    all.addAll(rest);
    assertThat(all).isEqualTo(whole);
    assertThat(ids(CliRun.of(args("--state", state.toString(), "user", "bookmarks", "1", "--limit", "0")
        .toArray(String[]::new)), "id")).as("a finished stream stays finished").isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).as("no temporary file left").containsExactly("bookmarks.state");
    }
  }

  @Test
  void novelStreamsResumeFromTheStateFileToo() throws Exception {
    Path state = dir.resolve("novels.state");
    List<String> whole = ids(CliRun.of(args("novel", "new", "--limit", "0").toArray(String[]::new)), "id");
    assertThat(whole).hasSizeGreaterThan(40);
    List<String> first = ids(CliRun.of(args("--state", state.toString(), "novel", "new", "--limit", "30")
        .toArray(String[]::new)), "id");
    assertThat(Files.readString(state)).contains("stream=novels.newNovels\n");
    List<String> rest = ids(CliRun.of(args("--state", state.toString(), "novel", "new", "--limit", "0")
        .toArray(String[]::new)), "id");
    List<String> all = new ArrayList<>(first);
    all.addAll(rest);
    assertThat(all).isEqualTo(whole);
  }

  @Test
  void aRunInterruptedMidPageLosesAndRepeatsNothing() throws Exception {
    Path state = dir.resolve("search.state");
    List<String> command = List.of("search", "artworks", "原神", "--limit", "300");
    List<String> whole = ids(CliRun.of(args(command.toArray(String[]::new)).toArray(String[]::new)), "id");

    Cli cli = new Cli();
    StringWriter out = new StringWriter();
    List<String> withState = new ArrayList<>(List.of("--state", state.toString()));
    withState.addAll(command);
    CommandLine cmd = Cli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cmd.execute(args(withState.toArray(String[]::new)).toArray(String[]::new)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (out.toString().lines().count() < 90 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    cli.interrupt();
    run.get(10, TimeUnit.SECONDS);
    cli.close();
    List<String> first = new CliRun(0, out.toString(), "").json().stream().map(n -> n.path("id").asText()).toList();
    assertThat(first).hasSizeBetween(90, 299);

    List<String> rest = ids(CliRun.of(args(withState.toArray(String[]::new)).toArray(String[]::new)), "id");
    List<String> all = new ArrayList<>(first);
    all.addAll(rest);
    // The second run's --limit counts its own items: together they cover at least the first 300, once each.
    assertThat(all).doesNotHaveDuplicates();
    assertThat(all.subList(0, 300)).isEqualTo(whole);
  }

  private static List<String> tailUntil(Path state, java.util.function.Predicate<String> done) throws Exception {
    Cli cli = new Cli();
    StringWriter out = new StringWriter();
    CommandLine cmd = Cli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cmd.execute(args("--poll", "0.05", "--state",
        state.toString(), "feed", "new-illusts", "--follow").toArray(String[]::new)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!done.test(out.toString()) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    cli.interrupt();
    assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    cli.close();
    return new CliRun(0, out.toString(), "").json().stream().map(n -> n.path("id").asText()).toList();
  }

  @Test
  void aRestartedLiveTailEmitsOnlyWhatIsNew() throws Exception {
    Path state = dir.resolve("tail.state");
    List<String> first = tailUntil(state, text -> text.lines().count() >= 20);
    assertThat(first).hasSizeGreaterThanOrEqualTo(20);
    long newest = first.stream().mapToLong(Long::parseLong).max().orElseThrow();
    assertThat(Files.readString(state)).contains("stream=feeds.newIllustsLive\nnewest=" + newest);

    int added = fake.addNewArtwork();
    List<String> second = tailUntil(state, text -> text.contains("\"id\":\"" + added + "\""));
    assertThat(second).containsExactly(String.valueOf(added));
  }

  @Test
  void aStateFileOfAnotherStreamIsAUsageError() throws Exception {
    Path state = dir.resolve("s.state");
    assertThat(CliRun.of(args("--state", state.toString(), "user", "followers", "1", "--limit", "3").toArray(String[]::new)).code())
        .isZero();
    CliRun other = CliRun.of(args("--state", state.toString(), "user", "following", "1").toArray(String[]::new));
    assertThat(other.code()).isEqualTo(Cli.USAGE);
    assertThat(other.err()).contains("users.followers");
  }
}
