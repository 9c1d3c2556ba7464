package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.Ugoira;
import io.github.pixivajax.examples.fake.FakeIds;
import io.github.pixivajax.examples.fake.FakePixiv;
import io.github.pixivajax.examples.fake.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code pixiv download} of ugoira works against the fake pixiv: zip + .ugoira.json + a conversion. */
class DownloadUgoiraCliTest {
  @TempDir Path dir;
  FakePixiv fake;
  long id;

  @BeforeEach
  void startFake() {
    fake = FakePixiv.start(FakePixiv.Options.builder().newArtworkEvery(null).build());
    id = FakeIds.ugoira(fake);
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  CliRun download(String... rest) {
    List<String> all = CliRun.against(fake, "download", "illust", String.valueOf(id), "--dir", dir.toString(), "--size", "regular");
    all.addAll(List.of(rest));
    return CliRun.of(all);
  }

  List<String> names() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith(".pixiv-archive")).sorted().toList();
    }
  }

  private List<String> fakePaths() {
    return fake.recordedRequests().stream().map(RecordedRequest::path).toList();
  }

  @Test
  void byDefaultAnUgoiraIsSavedAsZipJsonAndAGifWithEveryFrame() throws Exception {
    CliRun r = download();

    assertThat(r.code()).as(r.err()).isZero();
    List<JsonNode> lines = r.json();
    assertThat(lines).extracting(n -> n.path("status").asText()).containsExactly("saved", "saved", "saved");
    assertThat(lines).extracting(n -> n.path("page").asInt()).containsExactly(0, 1, 2);
    Path zip = Path.of(lines.get(0).path("path").asText());
    Path json = Path.of(lines.get(1).path("path").asText());
    Path gif = Path.of(lines.get(2).path("path").asText());
    // The default template {user_id}/{id}_p{page}.{ext} with ext zip, ugoira.json, gif.
    assertThat(zip.getFileName()).hasToString(id + "_p0.zip");
    assertThat(json.getFileName()).hasToString(id + "_p0.ugoira.json");
    assertThat(gif.getFileName()).hasToString(id + "_p0.gif");
    assertThat(zip.getParent()).isEqualTo(gif.getParent()).isNotEqualTo(dir);
    assertThat(names()).containsExactlyInAnyOrder(id + "_p0.zip", id + "_p0.ugoira.json", id + "_p0.gif");
    for (JsonNode line : lines) {
      assertThat(line.path("bytes").asLong()).isEqualTo(Files.size(Path.of(line.path("path").asText()))).isPositive();
    }

    UgoiraMeta meta = Ugoira.readMetadata(json);
    assertThat(meta.frames()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(meta.mimeType()).isEqualTo("image/jpeg");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      assertThat(z.size()).isEqualTo(meta.frames().size());
    }
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo(meta.frames().size());
    } finally {
      reader.dispose();
    }
    // --size regular: the 600×600 zip (src), after one ugoira_meta call.
    assertThat(fakePaths()).contains("/ajax/illust/" + id + "/ugoira_meta");
    assertThat(meta.src()).contains("600x600");
  }

  @Test
  void theDemoOfTheReadmeSavesUgoira3AsZipJsonAndGif() throws Exception {
    CliRun r = CliRun.of("--demo", "--rate", "0", "--format", "jsonl", "download", "illust", "3",
        "--dir", dir.toString(), "--size", "regular");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(names()).containsExactlyInAnyOrder("3_p0.zip", "3_p0.ugoira.json", "3_p0.gif");
  }

  @Test
  void aRerunSkipsEveryFileWithoutARequest() throws Exception {
    CliRun first = download();
    assertThat(first.code()).as(first.err()).isZero();
    int requests = fake.requestCount();

    CliRun again = download();

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.statuses()).containsExactly("skipped", "skipped", "skipped");
    assertThat(again.json()).extracting(n -> n.path("path").asText())
        .isEqualTo(first.json().stream().map(n -> n.path("path").asText()).toList());
    assertThat(fake.requestCount()).isEqualTo(requests);
  }

  @Test
  void ugoiraZipKeepsTheZipAndJsonOnlyAndALaterGifRunConvertsWithoutFetchingAgain() throws Exception {
    CliRun zipOnly = download("--ugoira", "zip");
    assertThat(zipOnly.code()).as(zipOnly.err()).isZero();
    assertThat(zipOnly.statuses()).containsExactly("saved", "saved");
    assertThat(names()).containsExactlyInAnyOrder(id + "_p0.zip", id + "_p0.ugoira.json");

    int before = fake.recordedRequests().size();
    CliRun gif = download("--ugoira", "gif");

    assertThat(gif.code()).as(gif.err()).isZero();
    assertThat(gif.statuses()).containsExactly("skipped", "skipped", "saved");
    assertThat(names()).contains(id + "_p0.gif");
    // Only the work itself was read again: the meta came from the saved .ugoira.json, the zip from disk.
    assertThat(fakePaths().subList(before, fakePaths().size())).containsExactly("/ajax/illust/" + id);
  }

  @Test
  void ugoiraNoneSkipsUgoiraWorksAndSavesTheOthers() throws Exception {
    long still = FakeIds.singlePage(fake, 1);
    List<String> args = new ArrayList<>(List.of("--base-url", fake.baseUrl(), "--image-base-url", fake.imageBaseUrl(), "--rate", "0",
        "--format", "jsonl", "download", "illust", String.valueOf(id), String.valueOf(still), "--dir", dir.toString(), "--ugoira", "none"));
    CliRun r = CliRun.of(args.toArray(String[]::new));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json()).extracting(n -> n.path("id").asText(), n -> n.path("status").asText())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(String.valueOf(still), "saved"));
    assertThat(names()).noneMatch(n -> n.startsWith(id + "_"));
    assertThat(fakePaths()).doesNotContain("/ajax/illust/" + id + "/ugoira_meta");
  }

  @Test
  void anFfmpegFormatWithoutFfmpegFailsInOneLineBeforeAnyRequest() throws Exception {
    CliRun r = download("--ugoira", "webm", "--ffmpeg", dir.resolve("no/ffmpeg").toString());

    assertThat(r.code()).isEqualTo(Cli.FAILED);
    assertThat(r.err().strip()).hasLineCount(1)
        .isEqualTo("pixiv: --ugoira webm needs ffmpeg, but " + dir.resolve("no/ffmpeg")
            + " is not an executable file; install it, point --ffmpeg at it, or choose --ugoira gif, zip or none");
    assertThat(r.out()).isEmpty();
    assertThat(fake.requestCount()).isZero();
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.toList()).isEmpty(); // not even the archive
    }
  }

  @Test
  void badUgoiraValuesAreUsageErrors() {
    CliRun r = download("--ugoira", "avi");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--ugoira").hasLineCount(1);
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void anFfmpegFormatRunsTheGivenFfmpegOnTheSavedZip() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path ffmpeg = bin.resolve("ffmpeg");
    // Writes its last argument (the output); keeps the concat list it was given.
    Files.writeString(ffmpeg, "#!/bin/sh\nprev=''\nfor a in \"$@\"; do [ \"$prev\" = '-i' ] && cp \"$a\" '" + bin.resolve("list.txt")
        + "'; prev=\"$a\"; out=\"$a\"; done\nprintf 'video' > \"$out\"\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(ffmpeg, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path out = dir.resolve("out");

    List<String> all = new ArrayList<>(List.of("--base-url", fake.baseUrl(), "--image-base-url", fake.imageBaseUrl(), "--rate", "0",
        "--format", "jsonl", "download", "illust", String.valueOf(id), "--dir", out.toString(), "--size", "regular",
        "--ugoira", "webm", "--ffmpeg", ffmpeg.toString(), "--name", "{id}.{ext}"));
    CliRun r = CliRun.of(all.toArray(String[]::new));

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json()).extracting(n -> n.path("page").asInt(), n -> n.path("path").asText()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, out.resolve(id + ".zip").toString()),
        org.assertj.core.groups.Tuple.tuple(1, out.resolve(id + ".ugoira.json").toString()),
        org.assertj.core.groups.Tuple.tuple(3, out.resolve(id + ".webm").toString()));
    assertThat(Files.readString(out.resolve(id + ".webm"))).isEqualTo("video");
    UgoiraMeta meta = Ugoira.readMetadata(out.resolve(id + ".ugoira.json"));
    assertThat(Files.readString(bin.resolve("list.txt"))).contains(String.format(java.util.Locale.ROOT, "duration 0.%03d", meta.frames().get(0).delay()));
  }
}
