package io.github.pixivajax.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import io.github.pixivajax.core.ugoira.Ugoira;
import io.github.pixivajax.examples.fake.FakeIds;
import io.github.pixivajax.examples.fake.FakePixiv;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pixiv ugoira} against the fake pixiv, whose zips are real JPEG frames with uneven delays. */
class UgoiraCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  CliRun pixiv(String... args) {
    return CliRun.of(CliRun.against(fake, args));
  }

  UgoiraMeta meta() throws IOException {
    JsonNode body = JSON.readTree(new URL(fake.baseUrl() + "ajax/illust/" + id + "/ugoira_meta")).get("body");
    List<UgoiraMeta.Frame> frames = new ArrayList<>();
    body.get("frames").forEach(f -> frames.add(new UgoiraMeta.Frame(f.get("file").asText(), f.get("delay").asInt())));
    return new UgoiraMeta(body.get("src").asText(), body.get("originalSrc").asText(), "image/jpeg", frames, java.util.Map.of());
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void ugoiraToGifPlaysEveryFrameForItsOwnDelay() throws IOException {
    UgoiraMeta meta = meta();
    CliRun r = pixiv("ugoira", String.valueOf(id), "--to", "gif", "--size", "regular", "--out", dir + "/new/");
    dir = dir.resolve("new");
    assertThat(r.code()).as(r.err()).isZero();
    Path gif = dir.resolve(id + ".gif");
    JsonNode line = r.json().get(0);
    assertThat(line.get("kind").asText()).isEqualTo("gif");
    assertThat(line.get("path").asText()).isEqualTo(gif.toString());
    assertThat(line.get("bytes").asLong()).isEqualTo(Files.size(gif));
    assertThat(names()).containsExactly(id + ".gif"); // the zip was a temp file

    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo(meta.frames().size());
      assertThat(Math.max(reader.getWidth(0), reader.getHeight(0))).isEqualTo(600);
      long total = 0;
      for (int i = 0; i < meta.frames().size(); i++) {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
        int cs = Integer.parseInt(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime"));
        assertThat(Math.abs(cs * 10 - meta.frames().get(i).delay())).isLessThan(10);
        total += cs * 10L;
      }
      assertThat(Math.abs(total - meta.duration().toMillis())).isLessThanOrEqualTo(10);
    } finally {
      reader.dispose();
    }
  }

  @Test
  void ugoiraToZipKeepsTheFramesAndAUgoiraJsonBesideThem() throws IOException {
    UgoiraMeta meta = meta();
    Path zip = dir.resolve("anim.zip");
    CliRun r = pixiv("ugoira", String.valueOf(id), "--to", "zip", "--out", zip.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json()).extracting(n -> n.get("kind").asText()).containsExactly("zip", "json");
    assertThat(names()).containsExactlyInAnyOrder("anim.zip", id + ".ugoira.json");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      assertThat(z.size()).isEqualTo(meta.frames().size());
      assertThat(z.getEntry(meta.frames().get(0).file())).isNotNull();
    }
    UgoiraMeta saved = Ugoira.readMetadata(dir.resolve(id + ".ugoira.json"));
    assertThat(saved.frames()).isEqualTo(meta.frames());
    assertThat(saved.mimeType()).isEqualTo("image/jpeg");
    assertThat(saved.originalSrc()).isEqualTo(meta.originalSrc());
  }

  @Test
  void demoConvertsToGifOffline() throws IOException {
    Path gif = dir.resolve("demo.gif");
    CliRun r = CliRun.of("--demo", "--format", "jsonl", "ugoira", String.valueOf(id), "--to", "gif", "--size", "regular", "--out", gif.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.size(gif)).isPositive();
    assertThat(ImageIO.read(gif.toFile())).isNotNull();
  }

  @Test
  void badIdsAndWorksThatAreNoUgoiraFailWithOneLine() throws IOException {
    CliRun zero = pixiv("ugoira", "0", "--out", dir.toString());
    assertThat(zero.code()).isEqualTo(Cli.USAGE);
    assertThat(zero.err().strip()).isEqualTo("pixiv: bad argument: ID must be >= 1 but was 0");
    CliRun notUgoira = pixiv("ugoira", String.valueOf(id - 1), "--out", dir.toString());
    assertThat(notUgoira.code()).isEqualTo(Cli.FAILED);
    assertThat(notUgoira.err()).contains("This work is not an ugoira.").hasLineCount(1);
    assertThat(names()).isEmpty();
  }

  @Test
  void theZipHostWantsPixivsRefererAndNoCookie() throws IOException {
    String url = fake.imageBaseUrl() + meta().src().substring("https://i.pximg.net/".length());
    assertThat(status(url, null, null)).isEqualTo(403);
    assertThat(status(url, "https://www.pixiv.net/", "PHPSESSID=" + FakePixiv.DEMO_SESSION)).isEqualTo(400);
    assertThat(status(url, "https://www.pixiv.net/", null)).isEqualTo(200);
  }

  private static int status(String url, String referer, String cookie) throws IOException {
    HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
    if (referer != null) {
      c.setRequestProperty("Referer", referer);
    }
    if (cookie != null) {
      c.setRequestProperty("Cookie", cookie);
    }
    try {
      return c.getResponseCode();
    } finally {
      c.disconnect();
    }
  }
}
