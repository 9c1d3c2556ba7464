package io.github.pixivajax.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pixivajax.core.DownloadOptions;
import io.github.pixivajax.core.PixivClient;
import io.github.pixivajax.core.RequestLimiter;
import io.github.pixivajax.core.ugoira.MissingToolException;
import io.github.pixivajax.core.ugoira.UgoiraConverter;
import io.reactivex.rxjava3.core.Flowable;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.junit.jupiter.api.io.TempDir;

/** {@code rx.downloads()} saves an ugoira through the same core path as {@code Downloads.illust}. */
class DownloadStreamsUgoiraTest {
  static final String ZIP = "/img-zip-ugoira/img/2024/05/01/12/34/56/77_ugoira1920x1080.zip";
  static final int[] DELAYS = {40, 73, 120};

  @TempDir Path dir;
  MockWebServer server;
  PixivClient client;
  RxPixiv rx;
  final List<String> paths = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    byte[] zip = zip();
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        paths.add(r.getPath());
        switch (r.getPath()) {
          case "/ajax/illust/77":
            return new MockResponse().setBody("{\"error\":false,\"body\":{\"id\":\"77\",\"title\":\"t\",\"illustType\":2,"
                + "\"userId\":\"9\",\"pageCount\":1,\"urls\":{\"original\":\"https://i.pximg.net/img-original/img/2024/05/01/12/34/56/77_ugoira0.jpg\"}}}");
          case "/ajax/illust/77/ugoira_meta":
            StringBuilder frames = new StringBuilder();
            for (int i = 0; i < DELAYS.length; i++) {
              frames.append(i == 0 ? "" : ",").append("{\"file\":\"00000").append(i).append(".png\",\"delay\":").append(DELAYS[i]).append('}');
            }
            return new MockResponse().setBody("{\"error\":false,\"body\":{\"src\":\"https://i.pximg.net/x_ugoira600x600.zip\","
                + "\"originalSrc\":\"https://i.pximg.net" + ZIP + "\",\"mime_type\":\"image/png\",\"frames\":[" + frames + "]}}");
          case ZIP:
            return new MockResponse().setBody(new Buffer().write(zip));
          default:
            return new MockResponse().setResponseCode(404);
        }
      }
    });
    server.start();
    client = PixivClient.builder().baseUrl(server.url("/").toString()).imageBaseUrl(server.url("/").toString())
        .requestLimiter(RequestLimiter.unlimited()).build();
    rx = RxPixiv.create(client);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  static byte[] zip() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < DELAYS.length; i++) {
        BufferedImage img = new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(i, i, 0xff0000);
        z.putNextEntry(new ZipEntry("00000" + i + ".png"));
        ImageIO.write(img, "png", z);
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void anUgoiraInAStreamIsSavedAsZipJsonAndGif() throws Exception {
    List<DownloadEvent> outcomes = rx.downloads().ids(Flowable.just("77"), DownloadOptions.builder().directory(dir).build())
        .filter(DownloadEvent::isOutcome).toList().blockingGet();

    assertThat(outcomes).extracting(DownloadEvent::kind, DownloadEvent::page, e -> dir.relativize(e.path()).toString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DownloadEvent.Kind.SAVED, 0, "9/77_p0.zip"),
        org.assertj.core.groups.Tuple.tuple(DownloadEvent.Kind.SAVED, 1, "9/77_p0.ugoira.json"),
        org.assertj.core.groups.Tuple.tuple(DownloadEvent.Kind.SAVED, 2, "9/77_p0.gif"));
    assertThat(paths).containsExactly("/ajax/illust/77", "/ajax/illust/77/ugoira_meta", ZIP);
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("9/77_p0.gif").toFile())) {
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo(DELAYS.length);
      assertThat(reader.getWidth(0)).isEqualTo(12);
    } finally {
      reader.dispose();
    }
  }

  @Test
  void anFfmpegFormatWithoutFfmpegIsAFailedWorkBeforeTheMetaOrZipIsRequested() throws Exception {
    Path emptyBin = Files.createDirectory(dir.resolve("bin"));
    DownloadOptions options = DownloadOptions.builder().directory(dir).ugoira(DownloadOptions.UgoiraMode.MP4)
        .ugoiraConverter(UgoiraConverter.builder().searchPath(emptyBin.toString()).build()).build();

    List<DownloadEvent> events = rx.downloads().ids(Flowable.just("77"), options).toList().blockingGet();

    assertThat(events).hasSize(1);
    assertThat(events.get(0).kind()).isEqualTo(DownloadEvent.Kind.FAILED);
    assertThat(events.get(0).page()).isEqualTo(-1);
    assertThat(events.get(0).error()).isInstanceOfSatisfying(MissingToolException.class, e -> assertThat(e.tool()).isEqualTo("ffmpeg"));
    assertThat(paths).containsExactly("/ajax/illust/77");
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(emptyBin);
    }
  }
}
