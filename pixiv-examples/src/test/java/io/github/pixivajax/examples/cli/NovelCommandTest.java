package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pixiv novel …} in-process against the fake pixiv. */
class NovelCommandTest {
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

  private CliRun pixiv(String... args) {
    return CliRun.of(CliRun.loggedIn(fake, args));
  }

  private CliRun anonymous(String... args) {
    return CliRun.of(CliRun.against(fake, args));
  }

  @Test
  void infoPrintsTheNovelWithItsMarkup() {
    CliRun r = pixiv("novel", "info", "11");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = r.json().get(0);
    assertThat(n.path("title").asText()).isEqualTo("月下の図書館　第1話");
    assertThat(n.path("content").asText()).contains("[[rb:月下 > げっか]]", "[uploadedimage:911]", "[pixivimage:1-1]");
    assertThat(n.path("seriesNavData").path("next").path("id").asText()).isEqualTo("12");
  }

  @Test
  void textRendersTheMarkupAsPlainText() {
    CliRun r = pixiv("novel", "text", "11");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("第一章　月下(げっか)の扉", "作者のサイト (https://example.com/library?a=1&b=2)", "* * *", "[unknown:tag]")
        .doesNotContain("[[rb:月下");
  }

  @Test
  void r18NovelsAreHiddenWithoutASession() {
    assertThat(pixiv("novel", "info", "21").code()).isZero();
    CliRun hidden = anonymous("novel", "info", "21");
    assertThat(hidden.code()).isEqualTo(Cli.NOT_FOUND);
    assertThat(anonymous("novel", "series-info", "2").code()).isEqualTo(Cli.NOT_FOUND);
  }

  @Test
  void seriesInfoAndBookmarkTags() {
    CliRun s = pixiv("novel", "series-info", "1");
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.json().get(0).path("title").asText()).isEqualTo("月下の図書館");
    assertThat(s.json().get(0).path("total").asInt()).isEqualTo(5);

    CliRun t = pixiv("novel", "bookmark-tags", "1");
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.json().get(0).path("public").size()).isPositive();
  }

  @Test
  void bookmarkAddTwiceThenDeleteAndLike() {
    CliRun first = pixiv("novel", "bookmark", "add", "12", "--tag", "再読");
    assertThat(first.code()).as(first.err()).isZero();
    String bookmarkId = first.json().get(0).path("bookmarkId").asText();
    assertThat(bookmarkId).matches("[0-9]+");
    CliRun again = pixiv("novel", "bookmark", "add", "12");
    assertThat(again.code()).isZero();
    assertThat(again.json().get(0).path("bookmarkId").asText("")).as("no new bookmark").isIn("", "null");
    assertThat(pixiv("novel", "bookmark", "delete", bookmarkId).code()).isZero();
    assertThat(pixiv("novel", "bookmark", "delete", bookmarkId).code()).isEqualTo(Cli.FAILED);
    CliRun like = pixiv("novel", "like", "12");
    assertThat(like.json().get(0).path("is_liked").asBoolean()).isTrue();
    assertThat(anonymous("novel", "like", "12").code()).isEqualTo(Cli.AUTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "md", "epub"})
  void saveWritesEachFormat(String format) throws Exception {
    Path out = dir.resolve("novel." + format);
    CliRun r = pixiv("novel", "save", "11", "--format", format, "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get(0).path("path").asText()).isEqualTo(out.toString());
    assertThat(Files.exists(out)).isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("novel." + format); // no temp file left
    }
    switch (format) {
      case "txt" -> assertThat(Files.readString(out)).startsWith("月下の図書館　第1話\n\n第一章　月下(げっか)の扉");
      case "md" -> assertThat(Files.readString(out)).startsWith("# 月下の図書館　第1話")
          .contains("<ruby>月下<rp>(</rp><rt>げっか</rt><rp>)</rp></ruby>", "## 第二章　星の目録",
              "![image 911](<https://i.pximg.net/novel-cover-original/img/2024/01/01/00/00/00/uploaded-911-original.png>)",
              "![illustration 1-1](<https://i.pximg.net/novel-cover-original/img/2024/01/01/00/00/00/illust-1-1.png>)");
      default -> {
        assertThat(r.json().get(0).path("images").asInt()).isEqualTo(2);
        try (ZipFile zip = new ZipFile(out.toFile())) {
          assertThat(zip.entries().nextElement().getName()).isEqualTo("mimetype");
          assertThat(zip.getEntry("OEBPS/images/cover.png")).isNotNull();
          String chapter = new String(zip.getInputStream(zip.getEntry("OEBPS/text/chapter-1.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
          assertThat(chapter).contains("<img src=\"../images/image-1.png\"", "<img src=\"../images/image-2.png\"");
        }
      }
    }
  }

  @Test
  void demoSavesAWholeSeriesAsOneEpubInOrder() throws Exception {
    CliRun r = CliRun.of("--demo", "--rate", "0", "--format", "jsonl", "novel", "save-series", "1", "--format", "epub",
        "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path epub = dir.resolve("novel-series-1.epub");
    assertThat(r.json().get(0).path("chapters").asInt()).isEqualTo(5);
    try (ZipFile zip = new ZipFile(epub.toFile())) {
      List<String> names = zip.stream().map(ZipEntry::getName).toList();
      assertThat(names.get(0)).isEqualTo("mimetype");
      assertThat(names).contains("OEBPS/text/chapter-5.xhtml", "OEBPS/images/cover.png").doesNotContain("OEBPS/text/chapter-6.xhtml");
      String nav = new String(zip.getInputStream(zip.getEntry("OEBPS/nav.xhtml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(nav.indexOf("第1話")).isLessThan(nav.indexOf("第2話"));
      assertThat(nav.indexOf("第4話")).isLessThan(nav.indexOf("第5話"));
      assertThat(names.stream().filter(n -> n.startsWith("OEBPS/images/image-"))).hasSize(2 + 4);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"series 1|5", "search 物語|3", "search 図書館 --series|1", "new|3", "follow-latest|3", "bookmarks 1|3",
      "recommend 11|3", "comments 11|3", "works 2|3", "search 物語 --order date --mode safe --tlt 10 --tgt 100000 --lang ja|3"})
  void streamCommandsHonourTheLimit(String row) {
    String[] parts = row.split("\\|");
    List<String> args = new ArrayList<>(List.of("novel"));
    Collections.addAll(args, parts[0].split(" "));
    Collections.addAll(args, "--limit", "3");
    CliRun r = pixiv(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    List<String> ids = r.json().stream().map(n -> n.path("id").asText()).toList();
    assertThat(ids).hasSize(Math.min(3, Integer.parseInt(parts[1]))).doesNotHaveDuplicates().allMatch(id -> !id.isEmpty());
  }

  @Test
  void seriesStreamsEveryPartInOrder() {
    CliRun r = pixiv("novel", "series", "1", "--limit", "0");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().stream().map(n -> n.path("id").asText())).containsExactly("11", "12", "13", "14", "15");
    CliRun works = pixiv("novel", "works", "2", "--limit", "0");
    assertThat(works.json().stream().map(n -> n.path("id").asText())).contains("11", "15", "100");
  }

  @Test
  void badArgumentsExitWith2() {
    assertThat(pixiv("novel", "save", "11", "--format", "pdf").code()).isEqualTo(Cli.USAGE);
    CliRun series = pixiv("novel", "save-series", "1", "--format", "txt");
    assertThat(series.code()).isEqualTo(Cli.USAGE);
    assertThat(series.err().strip().lines()).hasSize(1);
    assertThat(pixiv("novel", "info", "0").code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void everyNovelCommandHasHelp() {
    for (String[] command : List.of(new String[] {"novel", "--help"}, new String[] {"novel", "save", "--help"},
        new String[] {"novel", "save-series", "--help"}, new String[] {"novel", "bookmark", "add", "--help"})) {
      CliRun r = CliRun.of(command);
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Usage:");
    }
  }
}
