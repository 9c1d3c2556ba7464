package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pixiv download novel|novel-series} in-process against the fake pixiv and its image host. */
class NovelDownloadCliTest {
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

  CliRun download(String... rest) {
    List<String> all = CliRun.loggedIn(fake, "download");
    all.addAll(List.of(rest));
    all.addAll(List.of("--dir", dir.toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  List<String> files() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(".pixiv-archive")).sorted().toList();
    }
  }

  static List<String> entries(Path epub) throws Exception {
    try (ZipFile zip = new ZipFile(epub.toFile())) {
      return zip.stream().map(ZipEntry::getName).toList();
    }
  }

  @Test
  void demoSavesNovelsAsEpubsWithCoverAndImagesFromTheImageHost() throws Exception {
    CliRun r = CliRun.of("--demo", "--rate", "0", "--format", "jsonl", "download", "novel", "11", "12",
        "--dir", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.statuses()).containsExactly("saved", "saved");
    JsonNode first = r.json().get(0);
    assertThat(first.path("id").asText()).isEqualTo("11");
    assertThat(first.path("kind").asText()).isEqualTo("novel");
    assertThat(first.path("images").asInt()).isEqualTo(2);
    assertThat(first.path("missingImages").isMissingNode()).isTrue();
    Path epub = Path.of(first.path("path").asText());
    assertThat(epub.getFileName().toString()).isEqualTo("novel-11.epub");
    assertThat(epub.getParent().getParent()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(first.path("bytes").asLong()).isEqualTo(Files.size(epub)).isPositive();
    List<String> names = entries(epub);
    assertThat(names.get(0)).isEqualTo("mimetype");
    assertThat(names).contains("OEBPS/images/cover.png", "OEBPS/images/image-1.png", "OEBPS/images/image-2.png");
    assertThat(files()).hasSize(2).allMatch(f -> f.endsWith(".epub"));
  }

  @Test
  void rerunSkipsArchivedNovelsWithoutAnyRequest() throws Exception {
    assertThat(download("novel", "11", "13").code()).isZero();
    int before = fake.requestCount();
    CliRun again = download("novel", "11", "13");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.statuses()).containsExactly("skipped", "skipped");
    assertThat(fake.requestCount()).as("no request for archived novels").isEqualTo(before);
    CliRun more = download("novel", "11", "14");
    assertThat(more.statuses()).containsExactly("skipped", "saved");
  }

  @Test
  void textAndMarkdownUnderANameTemplate() throws Exception {
    CliRun r = download("novel", "11", "--novel-format", "txt", "--name", "{type}/{title} ({id}).{ext}");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(files()).containsExactly("novel/月下の図書館　第1話 (11).txt");
    assertThat(Files.readString(dir.resolve("novel/月下の図書館　第1話 (11).txt"), StandardCharsets.UTF_8))
        .startsWith("月下の図書館　第1話\n\n第一章　月下(げっか)の扉");
    CliRun md = download("novel", "12", "--novel-format", "md", "--name", "{user_id}-{id}.{ext}", "--no-archive");
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(files()).hasSize(2).anyMatch(f -> f.matches("[0-9]+-12\\.md"));
  }

  @Test
  void limitStopsAfterNNovels() throws Exception {
    CliRun r = download("novel", "11", "12", "13", "--limit", "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().stream().map(n -> n.path("id").asText())).containsExactly("11", "12");
  }

  @Test
  void seriesIsOneEpubInOrderAndSkippedOnRerunUntilItGrows() throws Exception {
    CliRun r = download("novel-series", "1");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode line = r.json().get(0);
    assertThat(line.path("status").asText()).isEqualTo("saved");
    assertThat(line.path("chapters").asInt()).isEqualTo(5);
    Path epub = Path.of(line.path("path").asText());
    assertThat(epub.getFileName().toString()).isEqualTo("novel-series-1.epub");
    assertThat(entries(epub)).startsWith("mimetype").contains("OEBPS/text/chapter-5.xhtml", "OEBPS/images/cover.png");

    int before = fake.requestCount();
    CliRun again = download("novel-series", "1");
    assertThat(again.statuses()).containsExactly("skipped");
    assertThat(fake.requestCount() - before).as("only the series itself is asked for").isEqualTo(1);
  }

  @Test
  void aCancelledSaveWritesNothing() throws Exception {
    try (io.github.pixivajax.core.PixivClient client = io.github.pixivajax.core.PixivClient.builder().rateLimit(0)
            .baseUrl(fake.baseUrl()).imageBaseUrl(fake.imageBaseUrl()).build();
        NovelSaver saver = new NovelSaver(client)) {
      saver.cancel();
      Path target = dir.resolve("n.epub");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> saver.saveNovel(11, NovelSaver.Format.epub, target))
          .isInstanceOf(java.util.concurrent.CancellationException.class);
      assertThat(files()).isEmpty();
    }
  }

  @Test
  void exitCodes() throws Exception {
    CliRun missing = download("novel", "11", "999999");
    assertThat(missing.code()).isEqualTo(Cli.FAILED);
    assertThat(missing.statuses()).containsExactly("saved", "failed");
    assertThat(missing.err()).contains("1 novel(s) failed");

    int before = fake.requestCount();
    assertThat(download("novel", "11", "--novel-format", "pdf").code()).isEqualTo(Cli.USAGE);
    assertThat(download("novel", "0").code()).isEqualTo(Cli.USAGE);
    assertThat(download("novel-series", "1", "--novel-format", "txt").code()).isEqualTo(Cli.USAGE);
    assertThat(download("novel", "11", "--name", "{nope}").code()).isEqualTo(Cli.USAGE);
    assertThat(fake.requestCount()).as("bad options fail before any request").isEqualTo(before);

    CliRun anonymous = CliRun.of("--base-url", fake.baseUrl(), "--image-base-url", fake.imageBaseUrl(),
        "--rate", "0", "--format", "jsonl", "download", "novel", "21", "--dir", dir.toString(), "--no-archive");
    assertThat(anonymous.code()).as("R-18 without a session").isEqualTo(Cli.FAILED);
  }
}
