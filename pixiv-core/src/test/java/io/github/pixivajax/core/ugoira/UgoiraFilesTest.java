package io.github.pixivajax.core.ugoira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pixivajax.core.model.extra.UgoiraMeta;
import java.awt.image.BufferedImage;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The {@code .ugoira.json} file, GIF frame metadata and sizes, ffmpeg's temp folder and its error tail. */
class UgoiraFilesTest {
  @TempDir Path dir;

  static final UgoiraMeta META = new UgoiraMeta("https://i.pximg.net/a/7_ugoira600x600.zip", "https://i.pximg.net/a/7_ugoira1920x1080.zip",
      "image/png", List.of(new UgoiraMeta.Frame("000000.png", 40), new UgoiraMeta.Frame("000001.png", 73)), java.util.Map.of());

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void metadataFileNameIsTheIdWithUgoiraJsonAndNeedsAPositiveId() {
    assertThat(Ugoira.metadataFileName(44298467)).isEqualTo("44298467.ugoira.json");
    assertThat(Ugoira.metadataFileName(1)).isEqualTo("1.ugoira.json");
    assertThatThrownBy(() -> Ugoira.metadataFileName(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("illustId");
  }

  @Test
  void metadataRoundTripsThroughTheFileWithTheIdAndDuration() throws Exception {
    Path file = dir.resolve("1.ugoira.json");
    Ugoira.writeMetadata(1, META, file);

    assertThat(file).content().contains("\"illustId\" : \"1\"").contains("\"duration\" : 113").contains("\"mime_type\" : \"image/png\"");
    UgoiraMeta back = Ugoira.readMetadata(file);
    assertThat(back.frames()).isEqualTo(META.frames());
    assertThat(back.src()).isEqualTo(META.src());
    assertThat(back.originalSrc()).isEqualTo(META.originalSrc());
    assertThat(names()).containsExactly("1.ugoira.json");
    assertThatThrownBy(() -> Ugoira.writeMetadata(0, META, dir.resolve("0.ugoira.json")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("illustId");
    assertThat(names()).containsExactly("1.ugoira.json");
  }

  @Test
  void metadataThatCannotBePutInPlaceLeavesNoTempFile() throws Exception {
    Path taken = Files.createDirectories(dir.resolve("2.ugoira.json"));
    Files.writeString(taken.resolve("keep"), "x");
    assertThatThrownBy(() -> Ugoira.writeMetadata(2, META, taken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot write");
    assertThat(names()).containsExactly("2.ugoira.json");
  }

  @Test
  void aJsonNullIsNoMetadata() throws Exception {
    Path file = Files.writeString(dir.resolve("n.json"), "null");
    assertThatThrownBy(() -> Ugoira.readMetadata(file)).isInstanceOf(UgoiraException.class).hasMessageContaining("holds no ugoira metadata");
  }

  @Test
  void gifNeedsNoToolButOtherFormatsNeedFfmpeg() throws Exception {
    UgoiraConverter none = UgoiraConverter.builder().searchPath(Files.createDirectory(dir.resolve("bin")).toString()).build();
    none.requireSupported(UgoiraFormat.GIF);
    assertThatThrownBy(() -> none.requireSupported(UgoiraFormat.APNG)).isInstanceOf(MissingToolException.class);
  }

  /** Frames of the given sizes, each filled with its own colour. */
  Path zip(int[][] sizes, int[] colours) throws Exception {
    Path zip = dir.resolve("f.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < sizes.length; i++) {
        BufferedImage img = new BufferedImage(sizes[i][0], sizes[i][1], BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < sizes[i][1]; y++) {
          for (int x = 0; x < sizes[i][0]; x++) {
            img.setRGB(x, y, colours[i]);
          }
        }
        z.putNextEntry(new ZipEntry(String.format("%06d.png", i)));
        ImageIO.write(img, "png", z);
        z.closeEntry();
      }
    }
    return zip;
  }

  static UgoiraMeta meta(int frames) {
    List<UgoiraMeta.Frame> list = new java.util.ArrayList<>();
    for (int i = 0; i < frames; i++) {
      list.add(new UgoiraMeta.Frame(String.format("%06d.png", i), 50));
    }
    return new UgoiraMeta(null, null, "image/png", list, java.util.Map.of());
  }

  @Test
  void framesOfAnotherSizeAreDrawnAtTheTopLeftOfTheFirstFramesCanvas() throws Exception {
    Path zip = zip(new int[][] {{4, 16}, {4, 8}, {2, 16}}, new int[] {0xff0000, 0x00ff00, 0x0000ff});
    Path gif = UgoiraConverter.builder().dither(false).build().convert(zip, meta(3), UgoiraFormat.GIF, dir.resolve("f.gif"));

    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      assertThat(reader.getNumImages(true)).isEqualTo(3);
      // Rows in any order: the JDK's reader misplaces rows of tiny interlaced frames (ffmpeg does not).
      BufferedImage shorter = reader.read(1);
      assertThat(shorter.getWidth()).isEqualTo(4);
      assertThat(shorter.getHeight()).isEqualTo(16);
      assertThat(rows(shorter)).filteredOn("00ff00 00ff00 00ff00 00ff00"::equals).hasSize(8);
      assertThat(rows(shorter)).filteredOn("000000 000000 000000 000000"::equals).hasSize(8);
      assertThat(rows(reader.read(2))).hasSize(16).containsOnly("0000ff 0000ff 000000 000000");
      for (int i = 0; i < 3; i++) {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
        assertThat(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0)).getAttribute("delayTime"))
            .as("frame %d: 50 ms", i).isEqualTo("5");
      }
      // The loop extension is written once, with the first frame.
      assertThat(netscape(reader, 0)).isTrue();
      assertThat(netscape(reader, 1)).isFalse();
      assertThat(netscape(reader, 2)).isFalse();
    } finally {
      reader.dispose();
    }
    byte[] bytes = Files.readAllBytes(gif);
    assertThat(bytes[bytes.length - 1]).as("GIF trailer").isEqualTo((byte) 0x3b);
  }

  static List<String> rows(BufferedImage img) {
    List<String> out = new java.util.ArrayList<>();
    for (int y = 0; y < img.getHeight(); y++) {
      StringBuilder row = new StringBuilder();
      for (int x = 0; x < img.getWidth(); x++) {
        row.append(x == 0 ? "" : " ").append(String.format("%06x", img.getRGB(x, y) & 0xffffff));
      }
      out.add(row.toString());
    }
    return out;
  }

  static boolean netscape(ImageReader reader, int frame) throws Exception {
    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(frame).getAsTree("javax_imageio_gif_image_1.0");
    var apps = root.getElementsByTagName("ApplicationExtension");
    for (int a = 0; a < apps.getLength(); a++) {
      if ("NETSCAPE".equals(((IIOMetadataNode) apps.item(a)).getAttribute("applicationID"))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aConversionThatCannotBePutInPlaceFailsAndLeavesNoTempFile() throws Exception {
    Path zip = zip(new int[][] {{2, 2}}, new int[] {0x123456});
    Path taken = Files.createDirectories(dir.resolve("t.gif"));
    Files.writeString(taken.resolve("keep"), "x");
    assertThatThrownBy(() -> UgoiraConverter.create().convert(zip, meta(1), UgoiraFormat.GIF, taken))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot convert");
    assertThat(names()).containsExactly("f.zip", "t.gif");
  }

  /** A stand-in ffmpeg running {@code body} after noting its concat list's folder in {@code where.txt}. */
  Path ffmpeg(String body) throws Exception {
    Path script = Files.createDirectories(dir.resolve("bin")).resolve("ffmpeg");
    Files.writeString(script, "#!/bin/sh\nprev=''\nfor a in \"$@\"; do [ \"$prev\" = '-i' ] && dirname \"$a\" > '"
        + dir.resolve("where.txt") + "' && ls \"$(dirname \"$a\")\" > '" + dir.resolve("frames.txt") + "'; prev=\"$a\"; out=\"$a\"; done\n"
        + body + "\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void ffmpegsTempFolderIsDeletedAfterwardsAndFramesKeepTheirExtension() throws Exception {
    Path zip = dir.resolve("e.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (String name : List.of(".gif", "b.JPG", "c", "d.tar~gz")) {
        z.putNextEntry(new ZipEntry(name));
        z.write(name.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    UgoiraMeta meta = new UgoiraMeta(null, null, null, List.of(new UgoiraMeta.Frame(".gif", 10), new UgoiraMeta.Frame("b.JPG", 10),
        new UgoiraMeta.Frame("c", 10), new UgoiraMeta.Frame("d.tar~gz", 10)), java.util.Map.of());
    Path out = UgoiraConverter.builder().ffmpeg(ffmpeg("printf 'video' > \"$out\"")).build()
        .convert(zip, meta, UgoiraFormat.WEBM, dir.resolve("e.webm"));

    assertThat(out).hasContent("video");
    assertThat(Files.readAllLines(dir.resolve("frames.txt")))
        .containsExactlyInAnyOrder("000000.gif", "000001.jpg", "000002.img", "000003.img", "frames.ffconcat", "ffmpeg.log");
    Path work = Path.of(Files.readString(dir.resolve("where.txt")).strip());
    assertThat(work.getFileName().toString()).startsWith("pixiv-ugoira-");
    assertThat(work).doesNotExist();
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void ffmpegsErrorOutputIsQuotedWholeUpTo600CharactersElseItsTail() throws Exception {
    Path zip = zip(new int[][] {{2, 2}}, new int[] {0x123456});
    String exactly600 = "e".repeat(599) + "X";
    Path ffmpeg = ffmpeg("printf '" + exactly600 + "' >&2\nexit 3");
    assertThatThrownBy(() -> UgoiraConverter.builder().ffmpeg(ffmpeg).build().convert(zip, meta(1), UgoiraFormat.MP4, dir.resolve("a.mp4")))
        .isInstanceOf(UgoiraException.class)
        .hasMessageEndingWith("exited with 3: " + exactly600);

    String longer = "S" + "e".repeat(699) + "Z";
    Path noisy = ffmpeg("printf '" + longer + "' >&2\nexit 4");
    assertThatThrownBy(() -> UgoiraConverter.builder().ffmpeg(noisy).build().convert(zip, meta(1), UgoiraFormat.MP4, dir.resolve("a.mp4")))
        .isInstanceOf(UgoiraException.class)
        .hasMessageEndingWith("exited with 4: …" + longer.substring(longer.length() - 600));
    assertThat(names()).doesNotContain("a.mp4").noneMatch(n -> n.endsWith(".part"));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void interruptingAConversionStopsFfmpegAndKeepsTheInterrupt() throws Exception {
    Path zip = zip(new int[][] {{2, 2}}, new int[] {0x123456});
    Path started = dir.resolve("started");
    UgoiraConverter converter = UgoiraConverter.builder().ffmpeg(ffmpeg("touch '" + started + "'\nsleep 30")).build();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        converter.convert(zip, meta(1), UgoiraFormat.APNG, dir.resolve("i.apng"));
      } catch (Throwable e) {
        failure.set(e);
      }
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    t.start();
    while (!Files.exists(started)) {
      Thread.onSpinWait();
    }
    t.interrupt();
    t.join();
    assertThat(failure.get()).isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(InterruptedIOException.class);
    assertThat(stillInterrupted.get()).isTrue();
    assertThat(names()).doesNotContain("i.apng").noneMatch(n -> n.endsWith(".part"));
  }
}
