package io.github.pixivajax.core.ugoira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.internal.UgoiraTiming;
import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UgoiraGifTest {
  @TempDir Path dir;

  /** What a GIF decodes to: frame sizes, delays in centiseconds, the loop count, the frames. */
  record Gif(int frames, List<int[]> sizes, List<Integer> delaysCs, Integer loops, List<BufferedImage> images) {}

  static Gif decode(Path gif, boolean keepImages) throws IOException {
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      int n = reader.getNumImages(true);
      List<int[]> sizes = new ArrayList<>();
      List<Integer> delays = new ArrayList<>();
      List<BufferedImage> images = new ArrayList<>();
      Integer loops = null;
      for (int i = 0; i < n; i++) {
        sizes.add(new int[] {reader.getWidth(i), reader.getHeight(i)});
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
        delays.add(Integer.parseInt(gce.getAttribute("delayTime")));
        var apps = root.getElementsByTagName("ApplicationExtension");
        for (int a = 0; a < apps.getLength(); a++) {
          IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
          if ("NETSCAPE".equals(app.getAttribute("applicationID"))) {
            byte[] data = (byte[]) app.getUserObject();
            loops = (data[1] & 0xff) | (data[2] & 0xff) << 8;
          }
        }
        if (keepImages) {
          images.add(reader.read(i));
        }
      }
      return new Gif(n, sizes, delays, loops, images);
    } finally {
      reader.dispose();
    }
  }

  @Test
  void gifHasEveryFrameAtItsSizeWithItsOwnDelayAndLoopsForever() throws IOException {
    Path zip = dir.resolve("7.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 24, 120, 90);
    Path gif = UgoiraConverter.create().convert(zip, meta, UgoiraFormat.GIF, dir.resolve("7.gif"));

    Gif g = decode(gif, true);
    assertThat(g.frames()).isEqualTo(24);
    assertThat(g.sizes()).allSatisfy(s -> assertThat(s).containsExactly(120, 90));
    assertThat(g.loops()).isZero();
    long total = 0;
    for (int i = 0; i < 24; i++) {
      int delay = meta.frames().get(i).delay();
      assertThat(Math.abs(g.delaysCs().get(i) * 10 - delay)).as("frame %d: %d cs for %d ms", i, g.delaysCs().get(i), delay)
          .isLessThan(10);
      total += g.delaysCs().get(i) * 10L;
    }
    assertThat(Math.abs(total - meta.duration().toMillis())).isLessThanOrEqualTo(10);
    // Colours survive: each decoded frame is close to its source.
    for (int i : new int[] {0, 11, 23}) {
      assertThat(meanError(g.images().get(i), TestUgoira.frame(i, 24, 120, 90))).as("frame %d", i).isLessThan(14);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("7.zip", "7.gif");
    }
  }

  @Test
  void flatColoursAreKeptExactlyWithoutDithering() throws IOException {
    Path zip = dir.resolve("flat.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 3, 64, 64);
    Path gif = UgoiraConverter.builder().dither(false).build().convert(zip, meta, UgoiraFormat.GIF, dir.resolve("f.gif"));
    Gif g = decode(gif, true);
    assertThat(g.frames()).isEqualTo(3);
    assertThat(meanError(g.images().get(1), TestUgoira.frame(1, 3, 64, 64))).isLessThan(10);
  }

  @Test
  void centisecondsCarryTheRoundingErrorSoTheTotalStaysExact() {
    // Truncating each frame would make 3 × 3 cs = 90 ms of 100.
    assertThat(UgoiraTiming.centiseconds(List.of(33, 33, 34))).containsExactly(3, 4, 3);
    int[] cs = UgoiraTiming.centiseconds(List.of(47, 47, 47, 47, 47, 47, 47, 47, 47, 47));
    assertThat(java.util.Arrays.stream(cs).sum()).isEqualTo(47);
    assertThat(UgoiraTiming.centiseconds(List.of(80, 120, 16, 44))).containsExactly(8, 12, 2, 4);
  }

  @Test
  void missingFrameFailsTypedAndLeavesNoFile() throws IOException {
    Path zip = dir.resolve("1.zip");
    UgoiraMeta meta = TestUgoira.write(zip, 3, 32, 32);
    List<UgoiraMeta.Frame> frames = new ArrayList<>(meta.frames());
    frames.add(new UgoiraMeta.Frame("000009.jpg", 50));
    assertThatThrownBy(() -> UgoiraConverter.create().convert(zip, TestUgoira.meta(frames), UgoiraFormat.GIF, dir.resolve("1.gif")))
        .isInstanceOf(UgoiraException.class)
        .hasMessageContaining("frame 3 (000009.jpg) is missing");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("1.zip");
    }
  }

  @Test
  void emptyFramesAreRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> UgoiraConverter.create().convert(dir.resolve("x.zip"), TestUgoira.meta(List.of()),
        UgoiraFormat.GIF, dir.resolve("x.gif")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("meta.frames is empty");
  }

  // Its own JVM takes ~15 s on a loaded machine: PIT's default test timeout (15 s) would fail it.
  // Its own JVM runs unmutated classes: PIT (-Ppit) skips it.
  @Tag("heavyweight")
  @Test
  @org.junit.jupiter.api.Timeout(value = 5, unit = TimeUnit.MINUTES)
  void oneHundredFiftyFramesConvertInA64MegabyteHeap() throws Exception {
    Path zip = dir.resolve("150.zip");
    TestUgoira.write(zip, 150, 600, 600);
    Path gif = dir.resolve("150.gif");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx64m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        TestUgoira.class.getName(), zip.toString(), gif.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("jvm.log").toFile())
        .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("conversion finished").isTrue();
    String log = Files.readString(dir.resolve("jvm.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).contains("max heap");
    Gif g = decode(gif, false);
    assertThat(g.frames()).isEqualTo(150);
    assertThat(g.sizes().get(149)).containsExactly(600, 600);
  }

  static double meanError(BufferedImage a, BufferedImage b) {
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int s = 0; s < 24; s += 8) {
          sum += Math.abs(((p >> s) & 0xff) - ((q >> s) & 0xff));
        }
      }
    }
    return sum / (3.0 * a.getWidth() * a.getHeight());
  }

  static File file(Path p) {
    return p.toFile();
  }
}
