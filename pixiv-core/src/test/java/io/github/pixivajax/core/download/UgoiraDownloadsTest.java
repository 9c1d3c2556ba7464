package io.github.pixivajax.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.pixivajax.core.DownloadArchive;
import io.github.pixivajax.core.DownloadListener;
import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.DownloadResult;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.model.IllustDetail;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.MissingToolException;
import io.github.pixivajax.core.ugoira.Ugoira;
import io.github.pixivajax.core.ugoira.UgoiraConverter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Downloads.illust} of an ugoira (illustType 2): meta, zip, {@code .ugoira.json}, conversion, archive. */
class UgoiraDownloadsTest {
  static final String DETAIL = "/ajax/illust/77";
  static final String META = "/ajax/illust/77/ugoira_meta";
  static final String ORIGINAL_ZIP = "/img-zip-ugoira/img/2024/05/01/12/34/56/77_ugoira1920x1080.zip";
  static final String SMALL_ZIP = "/img-zip-ugoira/img/2024/05/01/12/34/56/77_ugoira600x600.zip";
  static final int[] DELAYS = {40, 73, 120};

  @TempDir Path dir;
  MockWebServer server;
  PixivClient client;
  byte[] zip;
  String metaBody;
  final Map<String, MockResponse> routes = new HashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> events = new CopyOnWriteArrayList<>();
  final DownloadListener listener = new DownloadListener() {
    @Override
    public void started(String workId, int page, Path target) {
      events.add("started " + workId + " " + page + " " + target.getFileName());
    }

    @Override
    public void progress(String workId, int page, long delta, long total) {
      if (!events.contains("progress " + page)) {
        events.add("progress " + page);
      }
    }

    @Override
    public void finished(DownloadResult r) {
      events.add("finished " + r.page() + " " + r.status());
    }
  };

  @BeforeEach
  void start() throws Exception {
    zip = zip();
    metaBody = meta("\"https://i.pximg.net" + SMALL_ZIP + "\"", "\"https://i.pximg.net" + ORIGINAL_ZIP + "\"");
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        requests.add(r.getPath());
        MockResponse override = routes.get(r.getPath());
        if (override != null) {
          return override;
        }
        switch (r.getPath()) {
          case DETAIL:
            return new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"77\",\"title\":\"t\",\"illustType\":2,"
                + "\"userId\":\"9\",\"pageCount\":1,\"uploadDate\":\"2024-05-01T12:34:56+09:00\",\"urls\":{\"original\":"
                + "\"https://i.pximg.net/img-original/img/2024/05/01/12/34/56/77_ugoira0.jpg\"}}}");
          case META:
            return new MockResponse().setBody(metaBody);
          case ORIGINAL_ZIP:
          case SMALL_ZIP:
            return new MockResponse().setBody(new Buffer().write(zip));
          default:
            return new MockResponse().setResponseCode(404);
        }
      }
    });
    server.start();
    client = PixivClient.builder().baseUrl(server.url("/").toString()).imageBaseUrl(server.url("/").toString())
        .requestLimiter(RequestLimiter.unlimited()).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  static String meta(String src, String originalSrc) {
    StringBuilder frames = new StringBuilder();
    for (int i = 0; i < DELAYS.length; i++) {
      frames.append(i == 0 ? "" : ",").append("{\"file\":\"00000").append(i).append(".png\",\"delay\":").append(DELAYS[i]).append('}');
    }
    return "{\"error\":false,\"body\":{\"src\":" + src + ",\"originalSrc\":" + originalSrc
        + ",\"mime_type\":\"image/png\",\"frames\":[" + frames + "]}}";
  }

  static byte[] zip() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < DELAYS.length; i++) {
        BufferedImage img = new BufferedImage(6, 4, BufferedImage.TYPE_INT_RGB);
        img.setRGB(i, i, 0xff0000);
        z.putNextEntry(new ZipEntry("00000" + i + ".png"));
        ImageIO.write(img, "png", z);
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  DownloadOptions.Builder options() {
    return DownloadOptions.builder().directory(dir);
  }

  Path file(String name) {
    return dir.toAbsolutePath().resolve("9").resolve(name);
  }

  /** A stand-in ffmpeg that writes "video" to its last argument (the output). */
  Path fakeFfmpeg() throws Exception {
    Path script = Files.createDirectories(dir.resolve("bin")).resolve("ffmpeg");
    Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do out=\"$a\"; done\nprintf 'video' > \"$out\"\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  static int gifFrames(Path gif) throws Exception {
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      assertThat(reader.getWidth(0)).isEqualTo(6);
      return reader.getNumImages(true);
    } finally {
      reader.dispose();
    }
  }

  @Test
  void gifModeSavesTheOriginalZipItsUgoiraJsonAndAGifInThatOrder() throws Exception {
    List<DownloadResult> r = client.downloads().illust(77, options().metadata(true).build(), listener);

    assertThat(r).extracting(DownloadResult::page, DownloadResult::status, DownloadResult::path).containsExactly(
        tuple(0, DownloadResult.Status.SAVED, file("77_p0.zip")),
        tuple(1, DownloadResult.Status.SAVED, file("77_p0.ugoira.json")),
        tuple(2, DownloadResult.Status.SAVED, file("77_p0.gif")));
    assertThat(requests).containsExactly(DETAIL, META, ORIGINAL_ZIP);
    assertThat(r.get(0).url()).isEqualTo(server.url(ORIGINAL_ZIP).toString());
    assertThat(r.get(0).bytes()).isEqualTo(zip.length);
    assertThat(r.get(0).sha256()).isNull(); // no archive: no checksum
    assertThat(r.get(1).url()).isEqualTo("https://i.pximg.net" + ORIGINAL_ZIP);
    assertThat(Files.readAllBytes(file("77_p0.zip"))).isEqualTo(zip);
    assertThat(file("77_p0.zip.json")).content().contains("\"id\" : \"77\"");

    UgoiraMeta saved = Ugoira.readMetadata(file("77_p0.ugoira.json"));
    assertThat(saved.frames()).containsExactly(new UgoiraMeta.Frame("000000.png", 40), new UgoiraMeta.Frame("000001.png", 73),
        new UgoiraMeta.Frame("000002.png", 120));
    assertThat(saved.originalSrc()).isEqualTo("https://i.pximg.net" + ORIGINAL_ZIP);
    assertThat(saved.src()).isEqualTo("https://i.pximg.net" + SMALL_ZIP);
    assertThat(saved.mimeType()).isEqualTo("image/png");
    assertThat(file("77_p0.ugoira.json")).content().contains("\"illustId\" : \"77\"").contains("\"duration\" : 233");
    assertThat(gifFrames(file("77_p0.gif"))).isEqualTo(3);
    assertThat(r.get(2).bytes()).isEqualTo(Files.size(file("77_p0.gif")));

    assertThat(events).containsExactly(
        "started 77 0 77_p0.zip", "progress 0", "finished 0 SAVED",
        "started 77 1 77_p0.ugoira.json", "finished 1 SAVED",
        "started 77 2 77_p0.gif", "finished 2 SAVED");
  }

  @Test
  void archivedUgoiraIsSkippedWholeWithoutARequestAndKeepsItsChecksums() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      DownloadOptions o = options().archive(archive).build();
      List<DownloadResult> first = client.downloads().illust(77, o);
      assertThat(first.get(0).sha256()).isEqualTo(DownloadsTest.sha256(zip));
      assertThat(archive.entries("77")).extracting(DownloadArchive.Entry::page, DownloadArchive.Entry::pageCount)
          .containsExactly(tuple(0, 2), tuple(1, 2), tuple(2, 2));
      assertThat(archive.find("77", 1).orElseThrow().sha256())
          .isEqualTo(DownloadsTest.sha256(Files.readAllBytes(file("77_p0.ugoira.json"))));
      requests.clear();

      List<DownloadResult> again = client.downloads().illust(77, o, listener);

      assertThat(requests).isEmpty();
      assertThat(again).extracting(DownloadResult::page, DownloadResult::status, DownloadResult::url).containsExactly(
          tuple(0, DownloadResult.Status.SKIPPED, null), tuple(1, DownloadResult.Status.SKIPPED, null),
          tuple(2, DownloadResult.Status.SKIPPED, null));
      assertThat(again.get(0).sha256()).isEqualTo(DownloadsTest.sha256(zip));
      assertThat(events).containsExactly("finished 0 SKIPPED", "finished 1 SKIPPED", "finished 2 SKIPPED");
    }
  }

  @Test
  void zipModeSavesOnlyZipAndJsonAndALaterGifRunConvertsTheZipOnDiskWithoutAskingPixiv() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      List<DownloadResult> zipOnly = client.downloads().illust(77, options().archive(archive).ugoira(DownloadOptions.UgoiraMode.ZIP).build());
      assertThat(zipOnly).extracting(DownloadResult::page, DownloadResult::status)
          .containsExactly(tuple(0, DownloadResult.Status.SAVED), tuple(1, DownloadResult.Status.SAVED));
      assertThat(file("77_p0.gif")).doesNotExist();
      requests.clear();

      // The archive's zip + json do not cover a GIF: only the work is read again, the meta comes from the json.
      List<DownloadResult> gif = client.downloads().illust(77, options().archive(archive).build(), listener);

      assertThat(requests).containsExactly(DETAIL);
      assertThat(gif).extracting(DownloadResult::page, DownloadResult::status).containsExactly(
          tuple(0, DownloadResult.Status.SKIPPED), tuple(1, DownloadResult.Status.SKIPPED), tuple(2, DownloadResult.Status.SAVED));
      assertThat(gif.get(0).sha256()).isEqualTo(DownloadsTest.sha256(zip));
      assertThat(gifFrames(file("77_p0.gif"))).isEqualTo(3);
      assertThat(archive.find("77", 2)).isPresent();
      assertThat(events).containsExactly("finished 0 SKIPPED", "finished 1 SKIPPED", "started 77 2 77_p0.gif", "finished 2 SAVED");
    }
  }

  @Test
  void aZipTheArchiveKnowsButIsGoneFromDiskIsFetchedAgainForTheConversion() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      client.downloads().illust(77, options().archive(archive).ugoira(DownloadOptions.UgoiraMode.ZIP).build());
      Files.delete(file("77_p0.zip"));
      requests.clear();

      List<DownloadResult> r = client.downloads().illust(77, options().archive(archive).build());

      assertThat(requests).containsExactly(DETAIL, ORIGINAL_ZIP);
      assertThat(r).extracting(DownloadResult::page, DownloadResult::status).containsExactly(
          tuple(0, DownloadResult.Status.SAVED), tuple(1, DownloadResult.Status.SKIPPED), tuple(2, DownloadResult.Status.SAVED));
      assertThat(Files.readAllBytes(file("77_p0.zip"))).isEqualTo(zip);
    }
  }

  @Test
  void aJsonTheArchiveKnowsButIsGoneFromDiskMeansAskingForTheMetaAgain() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      client.downloads().illust(77, options().archive(archive).ugoira(DownloadOptions.UgoiraMode.ZIP).build());
      Files.delete(file("77_p0.ugoira.json"));
      requests.clear();

      List<DownloadResult> r = client.downloads().illust(77, options().archive(archive).build());

      assertThat(requests).containsExactly(DETAIL, META);
      assertThat(r).extracting(DownloadResult::page, DownloadResult::status).containsExactly(
          tuple(0, DownloadResult.Status.SKIPPED), tuple(1, DownloadResult.Status.SKIPPED), tuple(2, DownloadResult.Status.SAVED));
    }
  }

  @Test
  void noneModeSkipsUgoiraWithoutTheMetaOrAnyFile() throws Exception {
    List<DownloadResult> r = client.downloads().illust(77, options().ugoira(DownloadOptions.UgoiraMode.NONE).build(), listener);
    assertThat(r).isEmpty();
    assertThat(requests).containsExactly(DETAIL);
    assertThat(events).isEmpty();
    assertThat(dir.resolve("9")).doesNotExist();
  }

  @Test
  void anArchivedUgoiraIsCoveredForNoneModeWithoutARequest() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      client.downloads().illust(77, options().archive(archive).ugoira(DownloadOptions.UgoiraMode.ZIP).build());
      requests.clear();
      List<DownloadResult> r = client.downloads().illust(77, options().archive(archive).ugoira(DownloadOptions.UgoiraMode.NONE).build());
      assertThat(requests).isEmpty();
      assertThat(r).extracting(DownloadResult::page).containsExactly(0, 1);
    }
  }

  @Test
  void regularSizeFetchesTheSmallZip() throws Exception {
    List<DownloadResult> r = client.downloads().illust(77,
        options().size(DownloadOptions.Size.REGULAR).ugoira(DownloadOptions.UgoiraMode.ZIP).build());
    assertThat(requests).containsExactly(DETAIL, META, SMALL_ZIP);
    assertThat(r.get(0).url()).isEqualTo(server.url(SMALL_ZIP).toString());
  }

  @Test
  void originalSizeWithoutAnOriginalSrcFallsBackToSrc() throws Exception {
    metaBody = meta("\"https://i.pximg.net" + SMALL_ZIP + "\"", "null");
    client.downloads().illust(77, options().ugoira(DownloadOptions.UgoiraMode.ZIP).build());
    assertThat(requests).containsExactly(DETAIL, META, SMALL_ZIP);
  }

  @Test
  void anFfmpegFormatWithoutFfmpegThrowsBeforeTheMetaOrZipIsRequested() throws Exception {
    Path emptyBin = Files.createDirectory(dir.resolve("bin"));
    DownloadOptions o = options().ugoira(DownloadOptions.UgoiraMode.WEBM)
        .ugoiraConverter(UgoiraConverter.builder().searchPath(emptyBin.toString()).build()).build();
    assertThatThrownBy(() -> client.downloads().illust(77, o))
        .isInstanceOfSatisfying(MissingToolException.class, e -> assertThat(e.tool()).isEqualTo("ffmpeg"));
    assertThat(requests).containsExactly(DETAIL);
    assertThat(dir.resolve("9")).doesNotExist();
  }

  @ParameterizedTest
  @CsvSource({"WEBM, 3, webm", "MP4, 4, mp4", "WEBP, 5, webp", "APNG, 6, apng"})
  @DisabledOnOs(OS.WINDOWS)
  void eachFfmpegFormatIsSavedAsItsOwnFileNumber(DownloadOptions.UgoiraMode mode, int slot, String ext) throws Exception {
    DownloadOptions o = options().ugoira(mode).ugoiraConverter(UgoiraConverter.builder().ffmpeg(fakeFfmpeg()).build()).build();
    List<DownloadResult> r = client.downloads().illust(77, o);
    assertThat(r).extracting(DownloadResult::page, DownloadResult::status, DownloadResult::path).containsExactly(
        tuple(0, DownloadResult.Status.SAVED, file("77_p0.zip")),
        tuple(1, DownloadResult.Status.SAVED, file("77_p0.ugoira.json")),
        tuple(slot, DownloadResult.Status.SAVED, file("77_p0." + ext)));
    assertThat(file("77_p0." + ext)).hasContent("video");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void theArchiveKeepsEachConversionApartSoAnotherFormatIsMadeFromTheSameZip() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      UgoiraConverter converter = UgoiraConverter.builder().ffmpeg(fakeFfmpeg()).build();
      client.downloads().illust(77, options().archive(archive).ugoiraConverter(converter).ugoira(DownloadOptions.UgoiraMode.MP4).build());
      requests.clear();

      List<DownloadResult> webp = client.downloads().illust(77,
          options().archive(archive).ugoiraConverter(converter).ugoira(DownloadOptions.UgoiraMode.WEBP).build());
      assertThat(webp).extracting(DownloadResult::page, DownloadResult::status).containsExactly(
          tuple(0, DownloadResult.Status.SKIPPED), tuple(1, DownloadResult.Status.SKIPPED), tuple(5, DownloadResult.Status.SAVED));
      assertThat(requests).containsExactly(DETAIL);
      requests.clear();

      List<DownloadResult> mp4 = client.downloads().illust(77,
          options().archive(archive).ugoiraConverter(converter).ugoira(DownloadOptions.UgoiraMode.MP4).build());
      assertThat(requests).isEmpty();
      assertThat(mp4).extracting(DownloadResult::page).containsExactly(0, 1, 4, 5);
    }
  }

  @Test
  void aZipThatFailsFailsItsConversionWithTheSameErrorButTheJsonIsStillWritten() throws Exception {
    routes.put(ORIGINAL_ZIP, new MockResponse().setResponseCode(404));
    List<DownloadResult> r = client.downloads().illust(77, options().build(), listener);

    assertThat(r).extracting(DownloadResult::page, DownloadResult::status).containsExactly(
        tuple(0, DownloadResult.Status.FAILED), tuple(1, DownloadResult.Status.SAVED), tuple(2, DownloadResult.Status.FAILED));
    assertThat(r.get(0).error()).isNotNull();
    assertThat(r.get(2).error()).isSameAs(r.get(0).error());
    assertThat(r.get(2).path()).isEqualTo(file("77_p0.gif"));
    assertThat(file("77_p0.zip")).doesNotExist();
    assertThat(file("77_p0.gif")).doesNotExist();
    assertThat(events).containsExactly("started 77 0 77_p0.zip", "finished 0 FAILED",
        "started 77 1 77_p0.ugoira.json", "finished 1 SAVED", "finished 2 FAILED");
  }

  @Test
  void aMetaWithoutAnyZipUrlFailsTheZipAndTheConversionByName() throws Exception {
    metaBody = meta("null", "null");
    List<DownloadResult> r = client.downloads().illust(77, options().build());
    assertThat(r).extracting(DownloadResult::page, DownloadResult::status).containsExactly(
        tuple(0, DownloadResult.Status.FAILED), tuple(1, DownloadResult.Status.SAVED), tuple(2, DownloadResult.Status.FAILED));
    assertThat(r.get(0).error()).hasMessage("ugoira 77: ugoira_meta has no zip URL");
    assertThat(r.get(2).error()).hasMessage("ugoira 77: ugoira_meta has no zip URL");
    assertThat(requests).containsExactly(DETAIL, META);
  }

  @Test
  void aZipThatIsNoUgoiraFailsOnlyTheConversion() throws Exception {
    routes.put(ORIGINAL_ZIP, new MockResponse().setBody("not a zip"));
    List<DownloadResult> r = client.downloads().illust(77, options().build());
    assertThat(r).extracting(DownloadResult::page, DownloadResult::status).containsExactly(
        tuple(0, DownloadResult.Status.SAVED), tuple(1, DownloadResult.Status.SAVED), tuple(2, DownloadResult.Status.FAILED));
    assertThat(r.get(2).error()).isInstanceOf(io.github.pixivajax.core.ugoira.UgoiraException.class)
        .hasMessageContaining("cannot open the ugoira zip");
    assertThat(file("77_p0.gif")).doesNotExist();
  }

  @Test
  void filesAlreadyUnderTheirFinalNamesAreSkippedWithoutFetchingTheZip() throws Exception {
    Files.createDirectories(file("x").getParent());
    Files.write(file("77_p0.zip"), zip);
    Files.writeString(file("77_p0.ugoira.json"), "{}");
    Files.writeString(file("77_p0.gif"), "GIF89a");
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      List<DownloadResult> r = client.downloads().illust(77, options().archive(archive).build(), listener);

      assertThat(requests).containsExactly(DETAIL, META);
      assertThat(r).extracting(DownloadResult::page, DownloadResult::status, DownloadResult::url).containsExactly(
          tuple(0, DownloadResult.Status.SKIPPED, null), tuple(1, DownloadResult.Status.SKIPPED, null),
          tuple(2, DownloadResult.Status.SKIPPED, null));
      assertThat(r.get(0).sha256()).isEqualTo(DownloadsTest.sha256(zip));
      assertThat(r.get(2).bytes()).isEqualTo(6);
      assertThat(file("77_p0.ugoira.json")).hasContent("{}");
      // Found files are recorded, so the next run needs no request at all.
      assertThat(archive.entries("77")).extracting(DownloadArchive.Entry::page).containsExactly(0, 1, 2);
      assertThat(events).containsExactly("finished 0 SKIPPED", "finished 1 SKIPPED", "finished 2 SKIPPED");
    }
  }

  @Test
  void anArchivedSinglePageWorkIsCoveredWhateverTheUgoiraMode() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      archive.record(new DownloadArchive.Entry("78", 0, 1, dir.resolve("9/78_p0.jpg"), 3, "abc", java.time.Instant.EPOCH));
      List<DownloadResult> r = client.downloads().illust(78, options().archive(archive).build());
      assertThat(requests).isEmpty();
      assertThat(r).extracting(DownloadResult::page, DownloadResult::status).containsExactly(tuple(0, DownloadResult.Status.SKIPPED));
    }
  }

  @Test
  void anArchivedZipAsTheOnlyFileOfAnotherWorkIsCoveredToo() throws Exception {
    // A work whose page 0 is a .zip but is no ugoira record set (page count 1) is complete as it is.
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      archive.record(new DownloadArchive.Entry("79", 1, 1, dir.resolve("9/79_p1.zip"), 3, "abc", java.time.Instant.EPOCH));
      List<DownloadResult> r = client.downloads().illust(79, options().archive(archive).build());
      assertThat(requests).isEmpty();
      assertThat(r).extracting(DownloadResult::page).containsExactly(1);
    }
  }

  @Test
  void artworkOfAnUgoiraAlreadyReadAsksOnlyForTheMeta() throws Exception {
    IllustDetail work = client.artworks().illust(77).blockingGet();
    requests.clear();
    List<DownloadResult> r = client.downloads().artwork(work, List.of(), options().ugoira(DownloadOptions.UgoiraMode.ZIP).build(),
        DownloadListener.NONE);
    assertThat(requests).containsExactly(META, ORIGINAL_ZIP);
    assertThat(r).extracting(DownloadResult::page).containsExactly(0, 1);
  }

  @Test
  void artworkTrustsAnArchiveThatKnowsEveryFileEvenWhenTheZipIsGoneFromDisk() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      DownloadOptions o = options().archive(archive).build();
      client.downloads().illust(77, o);
      IllustDetail work = client.artworks().illust(77).blockingGet();
      Files.delete(file("77_p0.zip"));
      requests.clear();

      List<DownloadResult> r = client.downloads().artwork(work, List.of(), o, listener);

      assertThat(requests).isEmpty();
      assertThat(r).extracting(DownloadResult::page, DownloadResult::status, DownloadResult::path).containsExactly(
          tuple(0, DownloadResult.Status.SKIPPED, file("77_p0.zip")),
          tuple(1, DownloadResult.Status.SKIPPED, file("77_p0.ugoira.json")),
          tuple(2, DownloadResult.Status.SKIPPED, file("77_p0.gif")));
      assertThat(events).containsExactly("finished 0 SKIPPED", "finished 1 SKIPPED", "finished 2 SKIPPED");
    }
  }

  @Test
  void aZipTheArchiveKeepsInAnotherFolderIsConvertedWhereItIs() throws Exception {
    try (DownloadArchive archive = DownloadArchive.open(dir.resolve("a.sqlite"))) {
      client.downloads().illust(77, options().archive(archive).ugoira(DownloadOptions.UgoiraMode.ZIP).build());
      requests.clear();
      Path elsewhere = dir.resolve("elsewhere");

      List<DownloadResult> r = client.downloads().illust(77, DownloadOptions.builder().directory(elsewhere).archive(archive).build());

      assertThat(requests).containsExactly(DETAIL);
      assertThat(r).extracting(DownloadResult::page, DownloadResult::status, DownloadResult::path).containsExactly(
          tuple(0, DownloadResult.Status.SKIPPED, file("77_p0.zip")),
          tuple(1, DownloadResult.Status.SKIPPED, file("77_p0.ugoira.json")),
          tuple(2, DownloadResult.Status.SAVED, elsewhere.toAbsolutePath().resolve("9/77_p0.gif")));
      assertThat(elsewhere.resolve("9/77_p0.zip")).doesNotExist();
      assertThat(gifFrames(elsewhere.resolve("9/77_p0.gif"))).isEqualTo(3);
    }
  }
}
