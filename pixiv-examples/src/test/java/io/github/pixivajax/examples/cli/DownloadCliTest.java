package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.github.pixivajax.examples.fake.FakeIds;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code pixiv download} in-process against the fake pixiv and its image host. */
class DownloadCliTest {
  @TempDir Path dir;
  FakePixiv fake;

  @BeforeEach
  void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  String[] args(String... rest) {
    List<String> all = CliRun.loggedIn(fake, "download", "illust", "--dir", dir.toString());
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  List<Path> files() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".pixiv-archive")).sorted().toList();
    }
  }

  @Test
  void demoSavesEveryPageAsRealImagesUnderTheDefaultNames() throws Exception {
    long id = FakeIds.multiPage(fake, 2, 1);
    int pages = FakeIds.pageCount(fake, id);
    CliRun r = CliRun.of("--demo", "--rate", "0", "--format", "jsonl", "download", "illust", String.valueOf(id), "--dir", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.statuses()).hasSize(pages).containsOnly("saved");
    List<Path> files = files();
    assertThat(files).hasSize(pages);
    for (JsonNode line : r.json()) {
      Path p = Path.of(line.path("path").asText());
      assertThat(p.getFileName().toString()).matches(id + "_p" + line.path("page").asInt() + "\\.(png|jpg)");
      assertThat(Files.size(p)).isEqualTo(line.path("bytes").asLong()).isPositive();
      assertThat(ImageIO.read(p.toFile())).isNotNull();
    }
    assertThat(dir.resolve(".pixiv-archive.sqlite")).exists();
  }

  @Test
  void noFsyncStillSavesWholeFilesUnderTheirFinalNames() throws Exception {
    long id = FakeIds.multiPage(fake, 2, 1);
    int pages = FakeIds.pageCount(fake, id);
    CliRun r = CliRun.of(args(String.valueOf(id), "--no-fsync", "--no-archive"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.statuses()).hasSize(pages).containsOnly("saved");
    assertThat(files()).hasSize(pages).allSatisfy(p -> assertThat(ImageIO.read(p.toFile())).isNotNull());
  }

  @Test
  void rerunSkipsArchivedWorksWithoutARequest() {
    long a = FakeIds.singlePage(fake, 1);
    long b = FakeIds.multiPage(fake, 2, a + 1);
    CliRun first = CliRun.of(args(String.valueOf(a), String.valueOf(b)));
    assertThat(first.code()).as(first.err()).isZero();
    int requests = fake.requestCount();

    CliRun again = CliRun.of(args(String.valueOf(a), String.valueOf(b)));

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.statuses()).hasSize(first.statuses().size()).containsOnly("skipped");
    assertThat(fake.requestCount()).isEqualTo(requests);
  }

  @Test
  void abortAfterKnownStopsAtTheNthKnownWorkInARow() {
    long a = FakeIds.singlePage(fake, 1);
    long b = FakeIds.singlePage(fake, a + 1);
    long c = FakeIds.singlePage(fake, b + 1);
    assertThat(CliRun.of(args(String.valueOf(a), String.valueOf(b))).code()).isZero();

    CliRun r = CliRun.of(args(String.valueOf(a), String.valueOf(b), String.valueOf(c), "--abort-after-known", "2"));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.statuses()).containsExactly("skipped", "skipped");
    assertThat(r.err()).contains("--abort-after-known");
  }

  @Test
  void aMissingWorkFailsTheRunWithExit1AndASummaryButOthersAreSaved() throws Exception {
    long good = FakeIds.singlePage(fake, 1);
    CliRun r = CliRun.of(args(String.valueOf(good), "999999999"));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.statuses()).containsExactlyInAnyOrder("saved", "failed");
    assertThat(r.err()).contains("1 file(s) failed").contains("1 saved");
    assertThat(files()).hasSize(1);
  }

  @Test
  void badOptionsExit2BeforeAnyRequest() {
    for (String[] bad : List.of(new String[] {"--parallel", "0"}, new String[] {"--name", "{nope}"}, new String[] {"--abort-after-known", "-1"})) {
      List<String> a = new ArrayList<>(List.of(args("1")));
      a.addAll(List.of(bad));
      CliRun r = CliRun.of(a.toArray(String[]::new));
      assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void everyDownloadCommandHasHelp() {
    for (String command : List.of("illust", "user", "bookmarks", "search", "ranking", "follow-latest", "series")) {
      CliRun r = CliRun.of("download", command, "--help");
      assertThat(r.code()).as(command + r.err()).isZero();
      assertThat(r.out()).contains("Usage: pixiv download " + command).contains("--dir").contains("--abort-after-known");
    }
    assertThat(CliRun.of("download", "--help").out()).contains("follow-latest");
  }

  @Test
  void hostileTemplatesStayInsideTheTargetFolder() throws Exception {
    long id = FakeIds.singlePage(fake, 1);
    CliRun r = CliRun.of(args(String.valueOf(id), "--name", "../../{title}/../{id}.{ext}", "--no-archive"));
    assertThat(r.code()).as(r.err()).isZero();
    Path saved = Path.of(r.json().get(0).path("path").asText());
    assertThat(saved.startsWith(dir.toAbsolutePath())).as(saved.toString()).isTrue();
    assertThat(files()).containsExactly(saved);
  }

  @Test
  void ctrlCExits130AndLeavesNoFileUnderAFinalName() throws Exception {
    // An image host that sends a few bytes of a large file, then stalls until the test ends.
    CountDownLatch release = new CountDownLatch(1);
    HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    slow.createContext("/", ex -> {
      try (OutputStream o = ex.getResponseBody()) {
        ex.sendResponseHeaders(200, 1 << 20);
        o.write(new byte[4096]);
        o.flush();
        release.await(30, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // the client went away
      }
    });
    slow.start();
    try {
      long id = FakeIds.singlePage(fake, 1);
      List<String> a = new ArrayList<>(List.of(args(String.valueOf(id))));
      a.set(a.indexOf("--image-base-url") + 1, "http://127.0.0.1:" + slow.getAddress().getPort() + "/");
      Cli cli = new Cli();
      StringWriter err = new StringWriter();
      CommandLine cmd = Cli.commandLine(cli, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
      CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> cmd.execute(a.toArray(String[]::new)));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (partFiles().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(partFiles()).hasSize(1);

      cli.interrupt();

      assertThat(code.get(20, TimeUnit.SECONDS)).isEqualTo(130);
      cli.close();
      assertThat(files()).allMatch(p -> p.getFileName().toString().endsWith(".part"));
    } finally {
      release.countDown();
      slow.stop(0);
    }
  }

  String[] stream(String... command) {
    List<String> all = CliRun.loggedIn(fake, "download");
    all.addAll(List.of(command));
    all.addAll(List.of("--dir", dir.toString()));
    return all.toArray(String[]::new);
  }

  @Test
  void everyStreamCommandSavesTheWorksItNames() throws Exception {
    String series = FakeIds.series(fake);
    List<List<String>> commands = List.of(
        List.of("user", "2", "--limit", "2"),
        List.of("bookmarks", "1", "--limit", "2"),
        List.of("search", "原神", "--order", "date_d", "--limit", "2"),
        List.of("ranking", "--mode", "weekly", "--limit", "2"),
        List.of("follow-latest", "--limit", "2"),
        List.of("series", series, "--limit", "2"));
    for (List<String> command : commands) {
      CliRun r = CliRun.of(stream(command.toArray(String[]::new)));
      assertThat(r.code()).as(command + ": " + r.err()).isZero();
      assertThat(r.statuses()).as(command.toString()).isNotEmpty().isSubsetOf("saved", "skipped");
      assertThat(r.json().stream().map(n -> n.path("id").asText()).distinct().count()).as(command.toString()).isEqualTo(2);
      for (JsonNode line : r.json()) {
        assertThat(Path.of(line.path("path").asText())).exists();
      }
    }
    assertThat(partFiles()).isEmpty();
  }

  @Test
  void streamsStopAfterKnownWorksInARow() {
    CliRun first = CliRun.of(stream("user", "2", "--limit", "3"));
    assertThat(first.code()).as(first.err()).isZero();
    int requests = fake.requestCount();

    CliRun again = CliRun.of(stream("user", "2", "--limit", "3", "--abort-after-known", "1"));

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.statuses()).isNotEmpty().containsOnly("skipped");
    assertThat(again.json().stream().map(n -> n.path("id").asText()).distinct().count()).isEqualTo(1);
    assertThat(fake.requestCount() - requests).as("only the user's first page of works").isLessThanOrEqualTo(2);
  }

  List<Path> partFiles() throws Exception {
    return files().stream().filter(p -> p.getFileName().toString().endsWith(".part")).toList();
  }
}
