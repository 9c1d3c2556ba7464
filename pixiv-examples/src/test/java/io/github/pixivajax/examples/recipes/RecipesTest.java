package io.github.pixivajax.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every recipe, run as a user would run it ({@code -}: its own embedded fake pixiv), with a small limit. */
class RecipesTest {
  interface Main {
    void run(String[] args) throws Exception;
  }

  /** The recipe's standard output, line by line. */
  static synchronized List<String> run(Main recipe, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      recipe.run(args);
    } finally {
      System.setOut(original);
    }
    String out = buffer.toString(StandardCharsets.UTF_8);
    original.print(out);
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
  }

  @Test
  void followNewWorksLiveEmitsTheNewestThenWorksPostedMeanwhile() throws Exception {
    List<String> lines = run(FollowNewWorksLive::main, "-", "25");
    assertThat(lines).hasSize(25).allMatch(l -> l.matches("\\d+\t.*\t.*"));
    assertThat(lines.stream().map(l -> l.split("\t")[0])).doesNotHaveDuplicates();
  }

  @Test
  void rankingToCsvWritesTheTopNInRankOrder(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("daily.csv");
    run(RankingToCsv::main, "-", "120", csv.toString());
    List<String> rows = Files.readAllLines(csv);
    assertThat(rows).hasSize(121);
    assertThat(rows.get(0)).isEqualTo("rank,id,title,user,tags");
    for (int i = 1; i <= 120; i++) {
      assertThat(rows.get(i)).startsWith(i + ",");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(csv); // no temporary file left behind
    }
  }

  @Test
  void backupBookmarksResumesFromItsSavedCursorWithoutGapOrRepeat(@TempDir Path split, @TempDir Path whole) throws Exception {
    List<String> first = run(BackupBookmarks::main, "-", "1", split.toString());
    assertThat(first).hasSize(1).first().asString().startsWith("page 1: ").doesNotContain("(done)");
    int afterFirst = Files.readAllLines(split.resolve("bookmarks.jsonl")).size();
    assertThat(afterFirst).isPositive();

    List<String> rest = run(BackupBookmarks::main, "-", "1000", split.toString());
    assertThat(rest.get(0)).startsWith("resuming ");
    assertThat(rest.get(rest.size() - 1)).endsWith("(done)");

    run(BackupBookmarks::main, "-", "1000", whole.toString());
    List<String> resumed = Files.readAllLines(split.resolve("bookmarks.jsonl"));
    assertThat(resumed).hasSizeGreaterThan(afterFirst).doesNotHaveDuplicates();
    assertThat(resumed).isEqualTo(Files.readAllLines(whole.resolve("bookmarks.jsonl")));
    assertThat(resumed.get(0)).startsWith("{\"id\":\"");
  }

  @Test
  void sharedLimiterTakesFromEveryStream() throws Exception {
    List<String> lines = run(SharedLimiter::main, "-", "10", "50");
    assertThat(lines).filteredOn(l -> l.startsWith("ranking ")).hasSize(10);
    assertThat(lines).filteredOn(l -> l.startsWith("following ")).hasSize(10);
    assertThat(lines).filteredOn(l -> l.startsWith("followed ")).hasSize(10);
    assertThat(lines.get(lines.size() - 1)).startsWith("30 items; limiter ");
  }

  @Test
  void rideOutRateLimitsCrawlsEverythingThroughThe429s() throws Exception {
    List<String> lines = run(RideOutRateLimits::main, "-", "300");
    Matcher m = Pattern.compile("(\\d+) distinct works crawled; pixiv throttled us (\\d+) times").matcher(lines.get(lines.size() - 1));
    assertThat(m.matches()).as(lines.toString()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(300);
    assertThat(Integer.parseInt(m.group(2))).isPositive();
  }

  @Test
  void customEndpointDecodesItsOwnRecords() throws Exception {
    List<String> lines = run(CustomEndpoint::main, "-", "4");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).matches("1\t.+\tby .+\t\\d+ bookmarks|1\tdeleted or private");
    assertThat(lines).anyMatch(l -> l.contains(" bookmarks"));
  }
}
